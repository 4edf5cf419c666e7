package io.workloadplacement.conformance.inprocess;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.rest.PlacementApi;
import io.workloadplacement.rest.PlacementApiSettings;
import io.workloadplacement.rest.http.ApiResponses;
import io.workloadplacement.rest.json.JsonMapping;
import io.workloadplacement.rest.placement.PlacementRepresentation;
import io.workloadplacement.rest.watch.WatchEndpoint;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.http.SimulatorControlApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * The simulator server's composition (as {@code SimulatorServer} wires it: simulator, REST app,
 * control API and watch as an extension, manual clock, port 0) with one {@link RealMutant} planted.
 */
final class MutantServer implements AutoCloseable {

  private static final String API = "/api/v1/workload-placement";
  private static final String JUMP = "/sim/v1/placements/*";

  private final RealMutant mutant;
  private final Simulator simulator;
  private final SimulatorControlApi control;
  private final Javalin app;

  private MutantServer(RealMutant mutant) {
    this.mutant = mutant;
    this.simulator = Simulator.start(SimulatorServerConformanceTest.manualClock());
    this.control = new SimulatorControlApi(simulator);
    this.app =
        PlacementApi.create(
                PlacementApiSettings.builder(
                        new MisbehavingUseCases(mutant, simulator), simulator.validator())
                    .decorateUseCases(control.apiFaults())
                    .watch(new WatchEndpoint(simulator.watch(), WatchEndpoint.DEFAULT_HEARTBEAT))
                    .extension(this::plant)
                    .extension(control)
                    .build())
            .start("127.0.0.1", 0);
  }

  static MutantServer start(RealMutant mutant) {
    return new MutantServer(mutant);
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + app.port());
  }

  /** The mutants that live in handlers rather than in the use cases. */
  private void plant(JavalinConfig config) {
    switch (mutant) {
      case CREATE_201 ->
          config.routes.after(
              API,
              ctx -> {
                if (ctx.method().name().equals("POST") && ctx.status().getCode() == 200) {
                  ctx.status(201);
                }
              });
      case SKIPS_QUEUED, TRANSIENT_IN_PROGRESS -> config.routes.before(JUMP, this::jumpToQueued);
      default -> {}
    }
  }

  /** Before the control API's status jump: a jump to Queued goes (through) InProgress. */
  private void jumpToQueued(Context ctx) {
    if (!ctx.method().name().equals("PUT") || !ctx.path().endsWith("/status")) {
      return;
    }
    String requested;
    try {
      requested =
          JsonMapping.objectMapper()
              .readTree(ctx.bodyAsBytes())
              .path("provisioningStatus")
              .asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!requested.equals("Queued")) {
      return;
    }
    String name = ctx.path().split("/")[4];
    VersionedPlacement jumped = simulator.jumpToStatus(name, ProvisioningStatus.IN_PROGRESS);
    if (mutant == RealMutant.SKIPS_QUEUED) {
      ctx.header("ETag", PlacementRepresentation.etagOf(jumped));
      ApiResponses.ok(ctx, "Status set to Queued", PlacementRepresentation.of(jumped));
      ctx.skipRemainingHandlers();
    }
    // TRANSIENT_IN_PROGRESS: the control API's own route now jumps it back to Queued
  }

  @Override
  public void close() {
    try {
      control.close();
      app.stop();
    } finally {
      simulator.close();
    }
  }
}

package io.workloadplacement.conformance.inprocess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.GetPlacementQuery;
import io.workloadplacement.domain.port.in.PlacementQuery;
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
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The simulator server's composition (as {@code SimulatorServer} wires it: simulator, REST app,
 * control API and watch as an extension, manual clock, port 0) with one {@link RealMutant} planted.
 */
final class MutantServer implements AutoCloseable {

  private static final String API = "/api/v1/workload-placement";
  private static final String JUMP = "/sim/v1/placements/*";
  private static final String ADVANCE = "/sim/v1/clock/advance";

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
      case DROPS_GPR_DETAILS -> {
        config.routes.after(API, MutantServer::dropGprDetails);
        config.routes.after(API + "/*", MutantServer::dropGprDetails);
      }
      case BURST_NEVER_ENDS -> config.routes.after(ADVANCE, ctx -> restartEndedBursts());
      case LEAKS_SECRET_REF -> config.routes.after(API + "/*", this::leakSecretRefs);
      case ENVELOPE_STATUS_MISMATCH ->
          config.routes.after(
              "*",
              ctx -> {
                if (ctx.statusCode() == 404) {
                  rewriteBody(ctx, envelope -> envelope.put("statusCode", 200));
                }
              });
      default -> {}
    }
  }

  /** After the clock moved: every Completed placement is Successful again, its burst restarted. */
  private void restartEndedBursts() {
    PlacementFilter completed =
        new PlacementFilter(Optional.empty(), Optional.of(ProvisioningStatus.COMPLETED));
    simulator
        .placements()
        .list(new PlacementQuery(completed, OptionalInt.empty(), Optional.empty()))
        .items()
        .forEach(p -> simulator.jumpToStatus(p.placement().name(), ProvisioningStatus.SUCCESSFUL));
  }

  /** After a GET of one placement: its helm configs show the stored secretRef. */
  private void leakSecretRefs(Context ctx) {
    if (!ctx.method().name().equals("GET") || ctx.statusCode() != 200) {
      return;
    }
    rewriteBody(
        ctx,
        envelope -> {
          JsonNode data = envelope.path("data");
          if (!data.isObject() || !data.path("helmConfigs").isArray()) {
            return;
          }
          List<HelmConfig> stored =
              simulator
                  .placements()
                  .get(new GetPlacementQuery(data.path("name").asText()))
                  .placement()
                  .spec()
                  .helmConfigs();
          for (int i = 0; i < stored.size() && i < data.path("helmConfigs").size(); i++) {
            if (stored.get(i).secretRef() != null) {
              ((ObjectNode) data.path("helmConfigs").get(i))
                  .put("secretRef", stored.get(i).secretRef());
            }
          }
        });
  }

  /** After a GET's or LIST's answer: its placements lose gprDetails. */
  private static void dropGprDetails(Context ctx) {
    if (!ctx.method().name().equals("GET") || ctx.statusCode() != 200) {
      return;
    }
    rewriteBody(
        ctx,
        envelope -> {
          JsonNode data = envelope.path("data");
          if (data.isObject()) {
            ((ObjectNode) data).remove("gprDetails");
          } else if (data.isArray()) {
            data.forEach(item -> ((ObjectNode) item).remove("gprDetails"));
          }
        });
  }

  private static void rewriteBody(Context ctx, Consumer<ObjectNode> edit) {
    String body = ctx.result();
    if (body == null || body.isEmpty()) {
      return;
    }
    try {
      JsonNode tree = JsonMapping.objectMapper().readTree(body);
      if (tree instanceof ObjectNode envelope) {
        edit.accept(envelope);
        ctx.result(JsonMapping.objectMapper().writeValueAsBytes(envelope));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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

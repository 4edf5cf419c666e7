package io.workloadplacement.simulator.http;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.workloadplacement.rest.UseCaseDecorator;
import io.workloadplacement.rest.docs.DocumentedExtension;
import io.workloadplacement.rest.docs.OpenApiFragment;
import io.workloadplacement.simulator.Simulator;
import java.util.Objects;

/**
 * What the simulator adds to the Workload Placement API: as an extension of the REST adapter's app,
 * the control API under {@value #BASE} (clock, reset, clusters, faults, status jumps, timelines);
 * as a decorator of the client-facing use cases, {@link #apiFaults() fault injection}. The app
 * closes it when it stops, which ends the latency waits of requests in flight.
 */
public final class SimulatorControlApi implements AutoCloseable, DocumentedExtension {

  /** The base path of the control API. */
  public static final String BASE = "/sim/v1";

  private final Simulator simulator;
  private final ApiLatency latency = new ApiLatency();

  /** The control API of {@code simulator}. */
  public SimulatorControlApi(Simulator simulator) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
  }

  /** Mounts the control API on the app; the REST adapter calls it after its own routes. */
  @Override
  public void accept(JavalinConfig config) {
    RoutesConfig routes = config.routes;
    new ClockRoutes(simulator).register(routes);
    new ResetRoute(simulator).register(routes);
    new ClusterRoutes(simulator).register(routes);
    new FaultRoutes(simulator).register(routes);
    new PlacementControlRoutes(simulator).register(routes);
    config.events.serverStopping(this::close);
  }

  /** The fault rules applied to the client-facing use cases, for the REST adapter's settings. */
  public UseCaseDecorator apiFaults() {
    // without rules a request's calls go straight through: nothing to wrap, look up or allocate
    return (useCases, call) ->
        simulator.faults().isEmpty()
            ? useCases
            : new FaultInjectingUseCases(useCases, call, simulator, latency);
  }

  /** The control API's routes, for {@code /openapi.json}. */
  @Override
  public OpenApiFragment openApi() {
    return OpenApiFragment.fromResource(SimulatorControlApi.class, "control-api.openapi.json");
  }

  /** Ends every latency wait, now and later. */
  @Override
  public void close() {
    latency.close();
  }
}

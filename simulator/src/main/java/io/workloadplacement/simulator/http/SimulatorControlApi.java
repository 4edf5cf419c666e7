package io.workloadplacement.simulator.http;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.workloadplacement.simulator.Simulator;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * What the simulator adds to the Workload Placement API, as an extension of the REST adapter's app:
 * the control API under {@value #BASE} (clock, reset, clusters, faults, status jumps, timelines)
 * and fault injection on the client-facing routes. Close it when the app stops, to end pending
 * delays.
 */
public final class SimulatorControlApi implements AutoCloseable, Consumer<JavalinConfig> {

  /** The base path of the control API. */
  public static final String BASE = "/sim/v1";

  private final Simulator simulator;
  private final ExecutorService delays;

  /** The control API of {@code simulator}. */
  public SimulatorControlApi(Simulator simulator) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
    // the continuation of requests delayed by a latency fault; threads die when idle
    this.delays =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "api-fault-latency");
              t.setDaemon(true);
              return t;
            });
  }

  /** Mounts everything on the app; the REST adapter calls it after its own routes. */
  @Override
  public void accept(JavalinConfig config) {
    RoutesConfig routes = config.routes;
    new ApiFaultFilter(simulator, delays).register(routes);
    new ClockRoutes(simulator).register(routes);
    new ResetRoute(simulator).register(routes);
    new ClusterRoutes(simulator).register(routes);
    new FaultRoutes(simulator).register(routes);
    new PlacementControlRoutes(simulator).register(routes);
  }

  /** Ends the pending delays. */
  @Override
  public void close() {
    delays.shutdownNow();
  }
}

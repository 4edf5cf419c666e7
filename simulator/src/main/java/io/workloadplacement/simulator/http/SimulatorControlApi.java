package io.workloadplacement.simulator.http;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.workloadplacement.rest.docs.DocumentedExtension;
import io.workloadplacement.rest.docs.OpenApiFragment;
import io.workloadplacement.simulator.Simulator;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the simulator adds to the Workload Placement API, as an extension of the REST adapter's app:
 * the control API under {@value #BASE} (clock, reset, clusters, faults, status jumps, timelines),
 * fault injection on the client-facing routes, and the watch stream. Close it before stopping the
 * app, to end open watch streams.
 */
public final class SimulatorControlApi implements AutoCloseable, DocumentedExtension {

  /** The base path of the control API. */
  public static final String BASE = "/sim/v1";

  /** How long a watch stream stays quiet before a heartbeat comment, by default. */
  public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);

  private final Simulator simulator;
  private final WatchRoute watch;
  private final ExecutorService delays;

  /** The control API of {@code simulator}, with heartbeats every {@code heartbeat} of quiet. */
  public SimulatorControlApi(Simulator simulator, Duration heartbeat) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
    this.watch = new WatchRoute(simulator, heartbeat);
    // the continuation of requests delayed by a latency fault; threads die when idle
    this.delays =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "api-fault-latency");
              t.setDaemon(true);
              return t;
            });
  }

  /** The control API of {@code simulator} with the default heartbeat. */
  public SimulatorControlApi(Simulator simulator) {
    this(simulator, DEFAULT_HEARTBEAT);
  }

  /** Mounts everything on the app; the REST adapter calls it after its own routes. */
  @Override
  public void accept(JavalinConfig config) {
    RoutesConfig routes = config.routes;
    // the watch first: it serves its path itself and skips whatever comes after
    watch.register(routes);
    new ApiFaultFilter(simulator, delays).register(routes);
    new ClockRoutes(simulator).register(routes);
    new ResetRoute(simulator).register(routes);
    new ClusterRoutes(simulator).register(routes);
    new FaultRoutes(simulator).register(routes);
    new PlacementControlRoutes(simulator).register(routes);
  }

  /** The control API's routes, for {@code /openapi.json}. */
  @Override
  public OpenApiFragment openApi() {
    return OpenApiFragment.fromResource(SimulatorControlApi.class, "control-api.openapi.json");
  }

  /** How many watch streams are open. */
  public int openWatchStreams() {
    return watch.openStreams();
  }

  /** Ends the open watch streams and the pending delays. */
  @Override
  public void close() {
    watch.close();
    delays.shutdownNow();
  }
}

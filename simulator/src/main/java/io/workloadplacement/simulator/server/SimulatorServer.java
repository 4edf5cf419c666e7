package io.workloadplacement.simulator.server;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.workloadplacement.rest.PlacementApi;
import io.workloadplacement.rest.PlacementApiSettings;
import io.workloadplacement.rest.http.GracefulStop;
import io.workloadplacement.rest.launch.BaseUrl;
import io.workloadplacement.rest.metrics.MetricsEndpoint;
import io.workloadplacement.rest.watch.WatchEndpoint;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.http.SimulatorControlApi;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The composition root of the standalone simulator: a {@link Simulator} behind the REST adapter's
 * Workload Placement API and its watch stream, with the control API mounted on it, listening on one
 * port. Tests start it on port 0; {@link SimulatorCommand} starts it from the command line.
 */
public final class SimulatorServer implements AutoCloseable {

  private final Simulator simulator;
  private final SimulatorControlApi control;
  private final WatchEndpoint watch;
  private final SimulatorMetrics metrics;
  private final Javalin app;
  private final String host;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SimulatorServer(SimulatorConfig config, ServerSettings settings) {
    this.host = settings.host();
    this.simulator = Simulator.start(config);
    try {
      this.control = new SimulatorControlApi(simulator);
      this.watch = new WatchEndpoint(simulator.watch(), settings.heartbeat());
      PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      this.metrics =
          new SimulatorMetrics(simulator, registry, this::openWatchStreams, Clock.systemUTC());
      PlacementApiSettings.Builder api =
          PlacementApiSettings.builder(simulator.placements(), simulator.validator())
              .decorateUseCases(control.apiFaults())
              .watch(watch)
              .extension(control)
              .extension(new ConsoleFiles())
              .extension(new MetricsEndpoint(registry, metrics::refresh));
      if (!settings.stopTimeout().isZero()) {
        api.extension(javalin -> GracefulStop.configure(javalin, settings.stopTimeout()));
      }
      settings.allowedOrigins().forEach(api::allowOrigin);
      api.auth(settings.auth());
      this.app = PlacementApi.create(api.build());
      app.start(settings.host(), settings.port());
      // Hibernate Validator's bootstrap beside the start took CPU from it; the first write waits
      simulator.prepareValidation();
    } catch (RuntimeException e) {
      simulator.close();
      throw e;
    }
  }

  /** Starts a server for {@code config} as {@code settings} say. */
  public static SimulatorServer start(SimulatorConfig config, ServerSettings settings) {
    return new SimulatorServer(
        Objects.requireNonNull(config, "config"), Objects.requireNonNull(settings, "settings"));
  }

  /** The simulator behind it. */
  public Simulator simulator() {
    return simulator;
  }

  /** The app, for tests that compare its routes with the OpenAPI document. */
  Javalin app() {
    return app;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The web console's URL. */
  public String consoleUrl() {
    return baseUrl() + ConsoleFiles.PATH;
  }

  /** {@code http://host:port}, with an IPv6 host in brackets. */
  public String baseUrl() {
    return BaseUrl.of(host, port());
  }

  /** How many watch streams are open. */
  public int openWatchStreams() {
    return watch.openStreams();
  }

  /**
   * Stops: stops simulated time (a long clock advance in flight ends at its next transition, so it
   * cannot hold the stop); the app then ends the watch streams (their clients see the end of the
   * stream) and the latency waits of fault rules, and lets Jetty finish the requests in flight for
   * up to the stop timeout; then the simulator closes. Closing twice is harmless.
   */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    try {
      simulator.stopTime();
      app.stop();
      control.close();
      metrics.close();
    } finally {
      simulator.close();
    }
  }
}

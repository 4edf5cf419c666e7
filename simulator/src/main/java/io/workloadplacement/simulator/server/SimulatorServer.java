package io.workloadplacement.simulator.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.workloadplacement.rest.PlacementApi;
import io.workloadplacement.rest.PlacementApiSettings;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.http.SimulatorControlApi;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The composition root of the standalone simulator: a {@link Simulator} behind the REST adapter's
 * Workload Placement API, with the control API and watch stream mounted on it, listening on one
 * port. Tests start it on port 0; {@link SimulatorCommand} starts it from the command line.
 */
public final class SimulatorServer implements AutoCloseable {

  /** How long stopping waits for requests in flight. */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

  private final Simulator simulator;
  private final SimulatorControlApi control;
  private final Javalin app;
  private final String host;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SimulatorServer(
      SimulatorConfig config, String host, int port, Duration heartbeat, List<String> origins) {
    this.host = host;
    this.simulator = Simulator.start(config);
    try {
      this.control = new SimulatorControlApi(simulator, heartbeat);
      PlacementApiSettings.Builder settings =
          PlacementApiSettings.builder(simulator.placements())
              .extension(control)
              .extension(SimulatorServer::stopGracefully);
      origins.forEach(settings::allowOrigin);
      this.app = PlacementApi.create(settings.build());
      app.start(host, port);
    } catch (RuntimeException e) {
      simulator.close();
      throw e;
    }
  }

  /**
   * Starts a server on {@code host} and {@code port} (0 for any free port).
   *
   * @param heartbeat how long a watch stream stays quiet before a heartbeat comment
   * @param allowedOrigins browser origins let in (CORS); empty for any loopback origin
   */
  public static SimulatorServer start(
      SimulatorConfig config,
      String host,
      int port,
      Duration heartbeat,
      List<String> allowedOrigins) {
    return new SimulatorServer(
        Objects.requireNonNull(config, "config"),
        Objects.requireNonNull(host, "host"),
        port,
        heartbeat,
        List.copyOf(allowedOrigins));
  }

  /** Starts a server with the default heartbeat and CORS. */
  public static SimulatorServer start(SimulatorConfig config, String host, int port) {
    return start(config, host, port, SimulatorControlApi.DEFAULT_HEARTBEAT, List.of());
  }

  // Jetty waits for requests in flight only behind a GracefulHandler, and only for so long
  private static void stopGracefully(JavalinConfig config) {
    config.jetty.modifyServer(
        server -> {
          server.insertHandler(new GracefulHandler());
          server.setStopTimeout(STOP_TIMEOUT.toMillis());
        });
  }

  /** The simulator behind it. */
  public Simulator simulator() {
    return simulator;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** {@code http://host:port}, with an IPv6 host in brackets. */
  public String baseUrl() {
    String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port();
  }

  /** How many watch streams are open. */
  public int openWatchStreams() {
    return control.openWatchStreams();
  }

  /**
   * Stops gracefully: ends the watch streams (their clients see the end of the stream), lets Jetty
   * finish the requests in flight, then stops the simulated clock. Closing twice is harmless.
   */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    try {
      control.close();
      app.stop();
    } finally {
      simulator.close();
    }
  }
}

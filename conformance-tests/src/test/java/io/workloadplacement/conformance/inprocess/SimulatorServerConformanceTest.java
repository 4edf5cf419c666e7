package io.workloadplacement.conformance.inprocess;

import io.workloadplacement.conformance.kit.PropertyConfig;
import io.workloadplacement.conformance.suite.ConformanceSuite;
import io.workloadplacement.conformance.sut.ApiTarget;
import io.workloadplacement.conformance.sut.Auth;
import io.workloadplacement.conformance.sut.HttpApiTarget;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.server.ServerSettings;
import io.workloadplacement.simulator.server.SimulatorServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The suite against the real simulator server in-process: the REST app over HTTP with the simulator
 * backend, its control API and its watch stream, on port 0 with a manual clock. Placements move
 * only when the suite advances the clock or jumps a status, so the model knows every status but for
 * what an advance may have done (which the next read narrows).
 */
class SimulatorServerConformanceTest extends ConformanceSuite {

  /** Where the simulated clock starts, and restarts on every reset. */
  static final Instant START = Instant.parse("2025-10-30T08:39:52Z");

  private final SimulatorServer server;

  SimulatorServerConformanceTest() {
    server = SimulatorServer.start(manualClock(), localOnPortZero());
  }

  /** Any workspace and cluster (8 GPUs each), default timings, time moving only on request. */
  static SimulatorConfig manualClock() {
    return SimulatorConfig.defaults().withClock(ClockMode.MANUAL, 1).withStart(START).withSeed(7);
  }

  /** Loopback, a free port, and no graceful stop (Jetty's takes a second even when idle). */
  static ServerSettings localOnPortZero() {
    return ServerSettings.defaults().withAddress("127.0.0.1", 0).withStopTimeout(Duration.ZERO);
  }

  /**
   * The target the suite exists for, and a fast one: twice the default tries unless {@code
   * -Dconformance.tries} says otherwise.
   */
  @Override
  protected PropertyConfig config() {
    PropertyConfig config = super.config();
    return System.getProperty("conformance.tries") == null ? config.withTries(50) : config;
  }

  @Override
  protected ApiTarget target() {
    return new HttpApiTarget(URI.create(server.baseUrl()), Auth.none(), true);
  }

  @Override
  protected TargetCapabilities capabilities() {
    return TargetCapabilities.local(
            "REST app + simulator backend (in-process, manual clock, control API, watch)")
        .withWatch(true);
  }

  @Override
  protected void stopTarget() {
    server.close();
  }
}

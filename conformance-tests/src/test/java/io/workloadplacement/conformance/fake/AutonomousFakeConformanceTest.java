package io.workloadplacement.conformance.fake;

import io.workloadplacement.conformance.suite.ConformanceSuite;
import io.workloadplacement.conformance.sut.ApiTarget;
import io.workloadplacement.conformance.sut.Auth;
import io.workloadplacement.conformance.sut.HttpApiTarget;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import java.io.IOException;
import java.time.Duration;

/**
 * The suite in remote mode (no control API, lifecycle moving on its own, run prefix, polling, final
 * sweep) against the test double: proves the remote path neither fails a conforming server nor
 * touches foreign placements.
 */
class AutonomousFakeConformanceTest extends ConformanceSuite {

  private final ContractFakeServer server;

  AutonomousFakeConformanceTest() throws IOException {
    server = ContractFakeServer.startAutonomous();
  }

  @Override
  protected ApiTarget target() {
    return new HttpApiTarget(server.baseUrl(), Auth.none(), false);
  }

  @Override
  protected TargetCapabilities capabilities() {
    return TargetCapabilities.local(
            "ContractFakeServer (remote mode: no control, autonomous lifecycle)")
        .asRemote()
        .withPolling(Duration.ofSeconds(2), Duration.ofMillis(1));
  }

  @Override
  protected void stopTarget() {
    server.close();
  }
}

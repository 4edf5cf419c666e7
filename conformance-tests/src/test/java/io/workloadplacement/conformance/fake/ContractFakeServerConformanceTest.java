package io.workloadplacement.conformance.fake;

import io.workloadplacement.conformance.suite.ConformanceSuite;
import io.workloadplacement.conformance.sut.ApiTarget;
import io.workloadplacement.conformance.sut.Auth;
import io.workloadplacement.conformance.sut.HttpApiTarget;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import java.io.IOException;

/** The suite against the kit's conforming test double, with the control API: it must pass. */
class ContractFakeServerConformanceTest extends ConformanceSuite {

  private final ContractFakeServer server;

  ContractFakeServerConformanceTest() throws IOException {
    server = ContractFakeServer.start();
  }

  @Override
  protected ApiTarget target() {
    return new HttpApiTarget(server.baseUrl(), Auth.none(), true);
  }

  @Override
  protected TargetCapabilities capabilities() {
    return TargetCapabilities.local("ContractFakeServer (in-process, with control)");
  }

  @Override
  protected void stopTarget() {
    server.close();
  }
}

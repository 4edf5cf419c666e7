package io.workloadplacement.conformance.inprocess;

import io.javalin.Javalin;
import io.workloadplacement.conformance.suite.ConformanceSuite;
import io.workloadplacement.conformance.sut.ApiTarget;
import io.workloadplacement.conformance.sut.Auth;
import io.workloadplacement.conformance.sut.HttpApiTarget;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import io.workloadplacement.domain.fixtures.InMemoryServices;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.service.PlacementService;
import io.workloadplacement.rest.PlacementApi;
import io.workloadplacement.rest.PlacementApiSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The suite against the domain's {@link PlacementService} in-process, served by the real REST
 * adapter over the domain's in-memory fake store. Nothing drives the lifecycle here, so every
 * placement stays Pending: the update, deletion, validation, list and envelope rules are checked in
 * that status, and the lifecycle properties pass trivially.
 */
class DomainServiceConformanceTest extends ConformanceSuite {

  private final Javalin app;

  DomainServiceConformanceTest() {
    PlacementService service = InMemoryServices.anyWorkspace(Clock.systemUTC());
    app =
        PlacementApi.create(PlacementApiSettings.of(service, Validators.placementValidator()))
            .start("127.0.0.1", 0);
  }

  @Override
  protected ApiTarget target() {
    return new HttpApiTarget(URI.create("http://127.0.0.1:" + app.port()), Auth.none(), false);
  }

  @Override
  protected TargetCapabilities capabilities() {
    // nothing ever moves here: polling for a lifecycle would only wait out its deadline
    return TargetCapabilities.local("domain service + REST adapter (in-process, no lifecycle)")
        .withPolling(Duration.ofMillis(300), Duration.ofMillis(20));
  }

  @Override
  protected void stopTarget() {
    app.stop();
  }
}

package io.workloadplacement.rest;

import io.workloadplacement.domain.fixtures.FixedWorkspaces;
import io.workloadplacement.domain.fixtures.InMemoryFakeRepository;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.service.PlacementService;
import java.time.Clock;

/**
 * The API over the domain's test fakes, for trying it by hand with curl or a browser until the
 * simulator's server exists: {@code java -cp <test classpath> io.workloadplacement.rest.DevServer
 * [port]}. Nothing moves placements through their lifecycle here.
 */
public final class DevServer {

  private DevServer() {}

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    PlacementService service =
        new PlacementService(
            new InMemoryFakeRepository(),
            FixedWorkspaces.any(),
            Validators.placementValidator(),
            PlacementEventPublisher.none(),
            Clock.systemUTC());
    PlacementApi.create(PlacementApiSettings.of(service, Validators.placementValidator()))
        .start("127.0.0.1", port);
  }
}

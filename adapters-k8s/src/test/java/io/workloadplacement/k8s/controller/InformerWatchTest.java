package io.workloadplacement.k8s.controller;

import static io.workloadplacement.k8s.controller.ControllerFixture.deploying;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.service.PlacementLifecycleService;
import io.workloadplacement.k8s.InformerPlacementWatch;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The controller on the watch the server gives it: the store's informer on the hub. */
class InformerWatchTest {

  private final ControllerFixture fixture = new ControllerFixture();
  private final InformerPlacementWatch watch =
      fixture.hub.informerWatch(ControllerFixture.NAMESPACE);

  @AfterEach
  void stop() throws Exception {
    fixture.close();
    watch.close();
  }

  @Test
  void aPlacementStoredByAnyoneIsDrivenFromTheInformersEvent() {
    fixture.worker("worker-1", 1);
    fixture.start(
        fixture
            .builder(fixture.hub.client(), fixture.executors())
            .watch(watch)
            .lifecycle(
                new PlacementLifecycleService(
                    fixture.repository, PlacementEventPublisher.none(), fixture.clock))
            // no resync within the test: only the informer can tell of the new placement
            .resyncPeriod(Duration.ofHours(1)));

    Instant now = fixture.clock.instant();
    fixture.repository.insert(
        new WorkloadPlacement(
            deploying("p1", "worker-1", "Retain", "kubectl create namespace team-p1").toSpec(),
            PlacementStatus.pending(now),
            now,
            null));

    WorkloadPlacement successful = fixture.await("p1", ProvisioningStatus.SUCCESSFUL);
    assertThat(successful.status().decision("worker-1").orElseThrow().stepResults()).hasSize(3);
  }
}

package io.workloadplacement.k8s.controller;

import static io.workloadplacement.k8s.controller.ControllerFixture.deploying;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.workloadplacement.domain.model.ProvisioningStatus;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two replicas on one hub: only the Lease's holder drives; when it stops, the other takes over. */
class LeaderElectionTest {

  private final ControllerFixture fixture = new ControllerFixture();
  private final KubernetesClient replicaA = fixture.hub.newClient();
  private final KubernetesClient replicaB = fixture.hub.newClient();
  private final AtomicInteger lostA = new AtomicInteger();
  private final AtomicInteger lostB = new AtomicInteger();

  @AfterEach
  void stop() throws Exception {
    fixture.close();
    replicaA.close();
    replicaB.close();
  }

  @Test
  void onlyTheLeaderDrivesAndAnotherTakesOverWhenItStops() {
    fixture.worker("worker-1", 2);
    ControllerFixture.Executors executorsA = fixture.executors();
    ControllerFixture.Executors executorsB = fixture.executors();
    PlacementController a =
        fixture.start(
            fixture.builder(replicaA, executorsA).leaderElection(election("replica-a", lostA)));
    fixture.awaitThat(a::isDriving, "replica-a to lead");
    PlacementController b =
        fixture.start(
            fixture.builder(replicaB, executorsB).leaderElection(election("replica-b", lostB)));

    fixture.create(deploying("p1", "worker-1", "Retain", "kubectl create namespace team-p1"));
    fixture.await("p1", ProvisioningStatus.SUCCESSFUL);
    assertThat(b.isDriving()).isFalse();
    assertThat(executorsA.command().runs).containsExactly("p1/worker-1/prepare");
    assertThat(executorsB.command().runs).isEmpty();

    a.close();
    fixture.awaitThat(b::isDriving, "replica-b to take over");
    fixture.create(deploying("p2", "worker-1", "Retain", "kubectl create namespace team-p2"));
    fixture.await("p2", ProvisioningStatus.SUCCESSFUL);

    assertThat(executorsB.command().runs).containsExactly("p2/worker-1/prepare");
    assertThat(executorsA.command().runs).containsExactly("p1/worker-1/prepare");
    assertThat(lostA.get()).as("a replica that stops on purpose has not lost").isZero();
    assertThat(lostB.get()).isZero();
  }

  private static LeaderElectionSettings election(String identity, AtomicInteger lost) {
    return new LeaderElectionSettings(
        "workload-placement-controller",
        identity,
        // long enough for a loaded machine to renew in time; a closed leader releases the Lease
        Duration.ofSeconds(15),
        Duration.ofSeconds(10),
        Duration.ofMillis(200),
        lost::incrementAndGet);
  }
}

package io.workloadplacement.k8s.controller;

import static io.workloadplacement.k8s.controller.ControllerFixture.deploying;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.WorkloadPlacement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Nothing lives only in memory: a new controller carries on from the stored status. */
class ControllerRestartTest {

  private final ControllerFixture fixture = new ControllerFixture();

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void aRestartedControllerFinishesAnInProgressPlacementWithoutRunningAFinishedStepAgain()
      throws Exception {
    fixture.worker("worker-1", 1);
    ControllerFixture.Executors before = fixture.executors();
    before.helmRunner().gate = new CountDownLatch(1); // opened by no one: the stop interrupts it
    PlacementController first = fixture.start(before);

    fixture.create(deploying("p1", "worker-1", "Delete", "kubectl create namespace team-p1"));
    assertThat(
            before
                .helmRunner()
                .holding
                .await(ControllerFixture.WAIT.toMillis(), TimeUnit.MILLISECONDS))
        .isTrue();
    first.close();
    WorkloadPlacement stopped = fixture.repository.find("p1").orElseThrow().placement();
    assertThat(stopped.provisioningStatus()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(stopped.status().decision("worker-1").orElseThrow().stepResults()).hasSize(2);

    ControllerFixture.Executors after = fixture.executors();
    fixture.start(after);
    fixture.await("p1", ProvisioningStatus.SUCCESSFUL);

    assertThat(before.command().runs).containsExactly("p1/worker-1/prepare");
    assertThat(before.manifest().runs).containsExactly("p1/worker-1/settings-p1");
    assertThat(after.command().runs).isEmpty();
    assertThat(after.manifest().runs).isEmpty();
    assertThat(after.helm().runs).containsExactly("p1/worker-1/cuda");
    assertThat(before.helmRunner().installed).isEmpty();
    assertThat(after.helmRunner().installed).hasSize(1);
  }

  @Test
  void aRestartedControllerEndsABurstThatEndedWhileNoneRan() {
    fixture.worker("worker-1", 1);
    PlacementController first = fixture.start(fixture.executors());
    fixture.create(deploying("p2", "worker-1", "Retain", "kubectl create namespace team-p2"));
    fixture.await("p2", ProvisioningStatus.SUCCESSFUL);
    first.close();

    fixture.clock.advance(Duration.ofMinutes(20));
    fixture.start(fixture.executors());

    fixture.await("p2", ProvisioningStatus.COMPLETED);
  }
}

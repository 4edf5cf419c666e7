package io.workloadplacement.k8s.controller;

import static io.workloadplacement.k8s.controller.ControllerFixture.deploying;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.WorkloadPlacement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Nothing lives only in memory: a new controller carries on from the stored status. */
class ControllerRestartTest {

  private final ControllerFixture fixture = new ControllerFixture();

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  /**
   * Placement {@code name} (Delete, on worker-1) driven until its Helm step, the last, is running,
   * then the controller stopped, which interrupts that step; answers the stopped one's executors.
   */
  private ControllerFixture.Executors stoppedDuringItsHelmStep(String name)
      throws InterruptedException {
    ControllerFixture.HeldAtHelm held = fixture.heldAtItsHelmStep(name, "Delete");
    held.controller().close(); // the gate is opened by no one: the stop interrupts the install
    return held.executors();
  }

  @Test
  void aRestartedControllerFinishesAnInProgressPlacementWithoutRunningAFinishedStepAgain()
      throws Exception {
    fixture.worker("worker-1", 1);
    ControllerFixture.Executors before = stoppedDuringItsHelmStep("p1");
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

  @Test
  void aPlacementDeletedWhileNoControllerRanIsCleanedUpByTheNextOne() throws Exception {
    WorkerMock worker = fixture.worker("worker-1", 1);
    stoppedDuringItsHelmStep("p3");

    fixture.delete("p3"); // InProgress: the API allows it; no controller hears of it
    assertThat(fixture.repository.find("p3")).isEmpty();
    assertThat(fixture.hub.holds(ControllerFixture.NAMESPACE, "p3")).isTrue();
    assertThat(worker.client().configMaps().inNamespace("bookinfo").withName("settings-p3").get())
        .isNotNull();

    ControllerFixture.Executors after = fixture.executors();
    fixture.start(after);

    fixture.awaitThat(
        () ->
            worker.client().configMaps().inNamespace("bookinfo").withName("settings-p3").get()
                == null,
        "the ConfigMap p3 deployed to be removed by the next controller");
    fixture.awaitThat(
        () -> after.helmRunner().uninstalled.contains("cuda-p3"),
        "the release whose install the stop cut short to be uninstalled");
    fixture.awaitThat(
        () -> !fixture.hub.holds(ControllerFixture.NAMESPACE, "p3"),
        "the hub to let p3 go once its cleanup is done");
    assertThat(after.command().runs).isEmpty();
    assertThat(after.helm().runs).isEmpty();
  }
}

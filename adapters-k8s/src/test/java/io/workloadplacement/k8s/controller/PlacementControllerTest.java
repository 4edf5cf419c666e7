package io.workloadplacement.k8s.controller;

import static io.workloadplacement.k8s.controller.ControllerFixture.deploying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.workloadplacement.domain.model.Condition;
import io.workloadplacement.domain.model.ConditionStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.k8s.steps.StepExecutor;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The controller end to end on mock clusters: a hub holding placements and cluster Secrets, workers
 * where the steps land, Helm faked, the burst timed by a manual clock.
 */
class PlacementControllerTest {

  private final ControllerFixture fixture = new ControllerFixture();

  @AfterEach
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void deploysEveryStepThenEndsTheBurstAndDeleteRemovesWhatItDeployed() {
    WorkerMock worker = fixture.worker("worker-1", 1);
    ControllerFixture.Executors executors = fixture.executors();
    fixture.start(executors);

    fixture.create(deploying("p1", "worker-1", "Delete", "kubectl create namespace team-p1"));
    WorkloadPlacement successful = fixture.await("p1", ProvisioningStatus.SUCCESSFUL);

    assertThat(successful.status().decision("worker-1").orElseThrow().stepResults())
        .extracting(StepResult::name, StepResult::success)
        .containsExactly(tuple("prepare", true), tuple("settings-p1", true), tuple("cuda", true));
    assertThat(worker.client().namespaces().withName("team-p1").get()).isNotNull();
    ConfigMap settings =
        worker.client().configMaps().inNamespace("bookinfo").withName("settings-p1").get();
    assertThat(settings.getData()).containsEntry("color", "purple");
    assertThat(settings.getMetadata().getLabels())
        .containsEntry(StepExecutor.PLACEMENT_LABEL, "p1");
    assertThat(executors.helmRunner().installed)
        .singleElement()
        .satisfies(
            release -> {
              assertThat(release.releaseName()).isEqualTo("cuda-p1");
              assertThat(release.kubeconfig()).isEqualTo(worker.kubeconfig());
            });

    fixture.clock.advance(Duration.ofMinutes(14));
    fixture.awaitPassesOverQueuedPlacements();
    assertThat(fixture.repository.find("p1").orElseThrow().placement().provisioningStatus())
        .isEqualTo(ProvisioningStatus.SUCCESSFUL);
    fixture.clock.advance(Duration.ofMinutes(1));
    fixture.await("p1", ProvisioningStatus.COMPLETED);

    assertThat(worker.client().configMaps().inNamespace("bookinfo").withName("settings-p1").get())
        .isNull();
    assertThat(executors.helmRunner().uninstalled).containsExactly("cuda-p1");
  }

  @Test
  void retainKeepsWhatItDeployedAtCompletion() {
    WorkerMock worker = fixture.worker("worker-1", 1);
    ControllerFixture.Executors executors = fixture.executors();
    fixture.start(executors);

    fixture.create(deploying("p2", "worker-1", "Retain", "kubectl create namespace team-p2"));
    fixture.await("p2", ProvisioningStatus.SUCCESSFUL);
    fixture.clock.advance(Duration.ofMinutes(15));
    fixture.await("p2", ProvisioningStatus.COMPLETED);

    assertThat(worker.client().configMaps().inNamespace("bookinfo").withName("settings-p2").get())
        .isNotNull();
    assertThat(executors.helmRunner().uninstalled).isEmpty();
    assertThat(executors.manifest().removes).isEmpty();
  }

  @Test
  void aFailingStepFailsThePlacementWithTheContractsCondition() {
    fixture.worker("worker-1", 1);
    ControllerFixture.Executors executors = fixture.executors();
    executors.helmRunner().failure = "chart cuda not found";
    fixture.start(executors);

    fixture.create(deploying("p3", "worker-1", "Delete", "kubectl create namespace team-p3"));
    WorkloadPlacement failed = fixture.await("p3", ProvisioningStatus.FAILED);

    Condition helm = failed.status().condition(Condition.HELM_INSTALL_COMPLETE).orElseThrow();
    assertThat(helm.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(helm.reason()).isEqualTo("HelmInstallFailed");
    assertThat(helm.message()).startsWith("HelmInstallFailed: ").contains("chart cuda not found");
    assertThat(failed.status().message()).contains("Step cuda failed on cluster worker-1");
  }

  @Test
  void aRefusedCommandFailsWithCommandNotAllowed() {
    WorkerMock worker = fixture.worker("worker-1", 1);
    ControllerFixture.Executors executors = fixture.executors();
    fixture.start(executors);

    fixture.create(deploying("p4", "worker-1", "Delete", "kubectl exec -it cuda -- rm -rf /"));
    WorkloadPlacement failed = fixture.await("p4", ProvisioningStatus.FAILED);

    Condition command = failed.status().condition(Condition.COMMAND_EXECUTED).orElseThrow();
    assertThat(command.reason()).isEqualTo("CommandFailed");
    assertThat(command.message()).startsWith("CommandNotAllowed: ").contains("exec");
    assertThat(executors.manifest().runs).isEmpty();
    assertThat(worker.client().configMaps().inNamespace("bookinfo").list().getItems()).isEmpty();
  }

  @Test
  void anUnregisteredClusterFailsThePlacement() {
    fixture.start(fixture.executors());

    fixture.create(deploying("p5", "worker-9", "Delete", "kubectl create namespace team-p5"));
    WorkloadPlacement failed = fixture.await("p5", ProvisioningStatus.FAILED);

    Condition condition = failed.status().condition("Failed").orElseThrow();
    assertThat(condition.reason()).isEqualTo(Reconciler.CLUSTER_UNAVAILABLE);
    assertThat(condition.message())
        .contains("worker-9")
        .contains("workloadplacement.io/cluster=worker-9");
  }

  @Test
  void aPlacementWaitsInQueuedWhileItsClusterLacksGpusAndStartsWhenAnotherCompletes() {
    fixture.worker("worker-1", 1);
    fixture.start(fixture.executors());

    fixture.create(deploying("first", "worker-1", "Retain", "kubectl create namespace team-1"));
    fixture.await("first", ProvisioningStatus.SUCCESSFUL);
    fixture.clock.advance(Duration.ofSeconds(1));
    fixture.create(deploying("second", "worker-1", "Retain", "kubectl create namespace team-2"));
    fixture.await("second", ProvisioningStatus.QUEUED);
    fixture.awaitPassesOverQueuedPlacements();
    assertThat(fixture.repository.find("second").orElseThrow().placement().provisioningStatus())
        .isEqualTo(ProvisioningStatus.QUEUED);

    fixture.clock.advance(Duration.ofMinutes(15));
    WorkloadPlacement first = fixture.await("first", ProvisioningStatus.COMPLETED);
    WorkloadPlacement second = fixture.await("second", ProvisioningStatus.SUCCESSFUL);

    assertThat(second.status().decision("worker-1").orElseThrow().startTime())
        .isAfterOrEqualTo(first.status().lastUpdated());
  }

  @Test
  void podsThatRequestGpusKeepAPlacementWaitingUntilTheyEnd() {
    WorkerMock worker = fixture.worker("worker-1", 2);
    worker.addPod("ml", "trainer", 2, "Running");
    worker.addPod("ml", "done", 2, "Succeeded");
    fixture.start(fixture.executors());

    fixture.create(deploying("p6", "worker-1", "Retain", "kubectl create namespace team-p6"));
    fixture.await("p6", ProvisioningStatus.QUEUED);
    fixture.awaitPassesOverQueuedPlacements();
    assertThat(fixture.repository.find("p6").orElseThrow().placement().provisioningStatus())
        .isEqualTo(ProvisioningStatus.QUEUED);
    fixture.clock.advance(Duration.ofMinutes(1));
    Instant podEnded = fixture.clock.instant();
    worker.client().pods().inNamespace("ml").withName("trainer").delete();

    WorkloadPlacement started = fixture.await("p6", ProvisioningStatus.SUCCESSFUL);
    assertThat(started.status().decision("worker-1").orElseThrow().startTime())
        .isAfterOrEqualTo(podEnded);
  }

  @Test
  void deletingAnInProgressPlacementRemovesWhatItsStepsDeployedWithDelete() throws Exception {
    WorkerMock worker = fixture.worker("worker-1", 1);
    ControllerFixture.Executors executors = fixture.heldAtItsHelmStep("p7", "Delete").executors();
    assertThat(worker.client().configMaps().inNamespace("bookinfo").withName("settings-p7").get())
        .isNotNull();
    fixture.delete("p7");
    executors.helmRunner().gate.countDown();

    fixture.awaitThat(
        () ->
            worker.client().configMaps().inNamespace("bookinfo").withName("settings-p7").get()
                == null,
        "the ConfigMap of p7 to be removed");
    fixture.awaitThat(
        () -> executors.helmRunner().uninstalled.contains("cuda-p7"),
        "the release of p7, installed while it was deleted, to be uninstalled");
    assertThat(fixture.repository.find("p7")).isEmpty();
    fixture.awaitThat(
        () -> !fixture.hub.holds(ControllerFixture.NAMESPACE, "p7"),
        "the hub to let p7 go once its cleanup is done");
  }

  @Test
  void deletingWithRetainKeepsWhatItsStepsDeployed() throws Exception {
    WorkerMock worker = fixture.worker("worker-1", 1);
    ControllerFixture.Executors executors = fixture.heldAtItsHelmStep("p8", "Retain").executors();
    fixture.delete("p8");
    executors.helmRunner().gate.countDown();
    fixture.awaitThat(
        () -> executors.helmRunner().installed.size() == 1, "the held install to end");
    // a placement that is driven after p8 proves the controller has passed over p8's deletion
    fixture.create(deploying("p9", "worker-1", "Retain", "kubectl create namespace team-p9"));
    fixture.await("p9", ProvisioningStatus.SUCCESSFUL);

    assertThat(worker.client().configMaps().inNamespace("bookinfo").withName("settings-p8").get())
        .isNotNull();
    assertThat(executors.manifest().removes).isEmpty();
    assertThat(executors.helmRunner().uninstalled).isEmpty();
    fixture.awaitThat(
        () -> !fixture.hub.holds(ControllerFixture.NAMESPACE, "p8"),
        "the hub to let p8 go once its steps stopped");
  }
}

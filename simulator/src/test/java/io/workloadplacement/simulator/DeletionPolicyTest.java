package io.workloadplacement.simulator;

import static io.workloadplacement.simulator.Sims.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.StepDraft;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.simulator.cluster.ClusterView;
import io.workloadplacement.simulator.cluster.HelmRelease;
import io.workloadplacement.simulator.cluster.ManifestObject;
import io.workloadplacement.simulator.cluster.NamespaceView;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeletionPolicyTest {

  private final Simulator sim = Sims.manual();

  @AfterEach
  void close() {
    sim.close();
  }

  @Test
  void deleteRemovesWhatTheStepsDeployedWhenTheBurstCompletes() {
    sim.placements().create(spec("gone", "Delete"));
    sim.advance(Duration.ofSeconds(30));
    assertThat(worker1().helmReleases()).extracting(HelmRelease::owner).containsExactly("gone");
    assertThat(worker1().manifests()).extracting(ManifestObject::owner).containsExactly("gone");
    assertThat(worker1().namespaces()).extracting(NamespaceView::name).containsExactly("bookinfo");

    sim.advance(Duration.ofMinutes(15));

    assertThat(statusOf(sim, "gone")).isEqualTo(ProvisioningStatus.COMPLETED);
    assertThat(worker1().helmReleases()).isEmpty();
    assertThat(worker1().manifests()).isEmpty();
    assertThat(worker1().namespaces()).isEmpty();
    assertThat(worker1().commandLog()).hasSize(1); // history, not a resource
    assertThat(worker1().gpusInUse()).isZero();
  }

  @Test
  void retainLeavesWhatTheStepsDeployedWhenTheBurstCompletes() {
    sim.placements().create(spec("kept", "Retain"));
    sim.advance(Duration.ofMinutes(16));

    assertThat(statusOf(sim, "kept")).isEqualTo(ProvisioningStatus.COMPLETED);
    assertThat(worker1().helmReleases()).extracting(HelmRelease::name).containsExactly("cuda");
    assertThat(worker1().manifests())
        .extracting(ManifestObject::name)
        .containsExactly("sample-configmap");
    assertThat(worker1().gpusInUse()).isZero();
  }

  @Test
  void deletingInProgressWithDeleteStopsTheStepsAndRemovesWhatTheyDeployed() {
    sim.placements().create(spec("gone", "Delete"));
    sim.advance(Duration.ofSeconds(29)); // command and helm done, manifest to go
    assertThat(worker1().helmReleases()).hasSize(1);

    sim.placements().delete(new DeletePlacementCommand("gone", Optional.empty()));

    assertThat(worker1().helmReleases()).isEmpty();
    assertThat(worker1().namespaces()).isEmpty();
    assertThat(worker1().gpusInUse()).isZero();
    sim.advance(Duration.ofMinutes(20));
    assertThat(worker1().manifests()).isEmpty(); // the remaining step never ran
    assertThat(sim.timeline("gone").next()).isEmpty();
  }

  @Test
  void deletingInProgressWithRetainStopsTheStepsAndLeavesWhatTheyDeployed() {
    sim.placements().create(spec("kept", "Retain"));
    sim.advance(Duration.ofSeconds(29));

    sim.placements().delete(new DeletePlacementCommand("kept", Optional.empty()));
    sim.advance(Duration.ofMinutes(20));

    assertThat(worker1().helmReleases()).extracting(HelmRelease::owner).containsExactly("kept");
    assertThat(worker1().manifests()).isEmpty();
    assertThat(worker1().gpusInUse()).isZero();
  }

  @Test
  void deleteRemovesOnlyThePlacementsOwnResources() {
    sim.placements().create(spec("kept", "Retain"));
    sim.placements()
        .create(
            new PlacementDraft(
                "abc",
                "other",
                List.of("worker-1"),
                "15m",
                "Delete",
                List.of(),
                List.of(new ManifestResource("mine", "elsewhere", "v1", "ConfigMap", null)),
                List.of(),
                List.of(new StepDraft("mine", StepType.MANIFEST))));
    sim.advance(Duration.ofSeconds(30));
    assertThat(worker1().manifests())
        .extracting(ManifestObject::owner)
        .containsExactlyInAnyOrder("kept", "other");

    sim.advance(Duration.ofMinutes(16));

    assertThat(statusOf(sim, "other")).isEqualTo(ProvisioningStatus.COMPLETED);
    assertThat(worker1().manifests()).extracting(ManifestObject::owner).containsExactly("kept");
    assertThat(worker1().helmReleases()).extracting(HelmRelease::owner).containsExactly("kept");
    assertThat(worker1().namespaces()).extracting(NamespaceView::name).containsExactly("bookinfo");
  }

  private ClusterView worker1() {
    return sim.cluster("worker-1").orElseThrow();
  }

  private static PlacementDraft spec(String name, String policy) {
    PlacementDraft seed = SamplePlacements.seedNamed(name);
    return new PlacementDraft(
        seed.workspaceName(),
        name,
        seed.clusters(),
        seed.burstDuration(),
        policy,
        seed.helmConfigs(),
        seed.manifestResources(),
        seed.cmdExec(),
        seed.steps());
  }
}

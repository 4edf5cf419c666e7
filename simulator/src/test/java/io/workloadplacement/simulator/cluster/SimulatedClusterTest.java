package io.workloadplacement.simulator.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.ManifestResource;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulatedClusterTest {

  private static final Instant NOW = Instant.parse("2025-10-30T08:39:52Z");

  private final SimulatedCluster cluster = new SimulatedCluster("worker-1", 2);

  @Test
  void gpusAreGrantedUpToCapacityOnePerPlacement() {
    assertThat(cluster.reserveGpu("a")).isTrue();
    assertThat(cluster.reserveGpu("a")).isTrue();
    assertThat(cluster.reserveGpu("b")).isTrue();
    assertThat(cluster.reserveGpu("c")).isFalse();
    assertThat(cluster.canGrant("a")).isTrue();
    assertThat(cluster.view().gpuHolders()).containsExactly("a", "b");

    cluster.releaseGpu("a");

    assertThat(cluster.gpusInUse()).isEqualTo(1);
    assertThat(cluster.view().gpusFree()).isEqualTo(1);
    assertThat(cluster.reserveGpu("c")).isTrue();
  }

  @Test
  void stepsLeaveReleasesObjectsNamespacesAndLogEntriesOwnedByTheirPlacement() {
    cluster.installRelease("a", SamplePlacements.seedHelmConfig(), NOW);
    cluster.applyManifest("a", SamplePlacements.seedManifest(), NOW);
    cluster.logCommand("a", "create-namespace", "kubectl get pods -n bookinfo", NOW);

    ClusterView view = cluster.view();
    assertThat(view.helmReleases())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.name()).isEqualTo("cuda");
              assertThat(r.namespace()).isEqualTo("bookinfo");
              assertThat(r.chart()).isEqualTo("vaidio/cuda");
              assertThat(r.values()).containsEntry("replicaCount", 2);
              assertThat(r.revision()).isEqualTo(1);
              assertThat(r.owner()).isEqualTo("a");
            });
    assertThat(view.manifests())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo("ConfigMap");
              assertThat(m.namespace()).contains("bookinfo");
              assertThat(m.data()).containsKey("ui.properties");
            });
    assertThat(view.namespaces())
        .containsExactly(new NamespaceView("bookinfo", java.util.List.of("a")));
    assertThat(view.commandLog())
        .containsExactly(
            new CommandLogEntry(
                NOW, "worker-1", "a", "create-namespace", "kubectl get pods -n bookinfo"));
  }

  @Test
  void removingAPlacementsResourcesLeavesOthersAndSharedNamespacesAndTheLog() {
    cluster.installRelease("a", SamplePlacements.seedHelmConfig(), NOW);
    cluster.logCommand("a", "c", "kubectl version", NOW);
    cluster.applyManifest(
        "b", new ManifestResource("other", "bookinfo", "v1", "ConfigMap", Map.of()), NOW);
    cluster.applyManifest(
        "a", new ManifestResource("crd-like", null, "v1", "Namespace", Map.of()), NOW);

    cluster.removeResourcesOf("a");

    ClusterView view = cluster.view();
    assertThat(view.helmReleases()).isEmpty();
    assertThat(view.manifests()).extracting(ManifestObject::name).containsExactly("other");
    assertThat(view.namespaces())
        .containsExactly(new NamespaceView("bookinfo", java.util.List.of("b")));
    assertThat(view.commandLog()).hasSize(1);
    assertThat(cluster.hasResourcesOf("a")).isFalse();
    assertThat(cluster.hasResourcesOf("b")).isTrue();

    cluster.removeResourcesOf("b");
    assertThat(cluster.view().namespaces()).isEmpty();
  }

  @Test
  void installingAReleaseAgainUpgradesIt() {
    cluster.installRelease("a", SamplePlacements.seedHelmConfig(), NOW);
    cluster.installRelease("b", SamplePlacements.seedHelmConfig(), NOW.plusSeconds(1));

    assertThat(cluster.view().helmReleases())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.revision()).isEqualTo(2);
              assertThat(r.owner()).isEqualTo("b");
            });
  }
}

package io.workloadplacement.k8s.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.workloadplacement.k8s.steps.WorkerCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Worker clusters come and go with their Secrets on the hub. */
class ClusterRegistryTest {

  private final ControllerFixture fixture = new ControllerFixture();
  private final ClusterRegistry registry =
      new ClusterRegistry(fixture.hub.client(), ControllerFixture.NAMESPACE);

  @AfterEach
  void stop() throws Exception {
    registry.close();
    fixture.close();
  }

  @Test
  void aSecretsKubeconfigGivesAClientOnThatCluster() {
    WorkerMock worker = fixture.worker("worker-1", 3);
    registry.start();

    WorkerCluster cluster = registry.find("worker-1").orElseThrow();
    assertThat(cluster.kubeconfig()).isEqualTo(worker.kubeconfig());
    assertThat(cluster.client().nodes().list().getItems())
        .singleElement()
        .satisfies(node -> assertThat(node.getMetadata().getName()).isEqualTo("node-1"));
    assertThat(GpuUsage.of(cluster.client())).isEqualTo(new GpuUsage(3, 0));
  }

  @Test
  void aChangedSecretRebuildsTheClientAndADeletedOneUnregisters() {
    fixture.worker("worker-1", 1);
    WorkerMock other = fixture.worker("worker-2", 2);
    registry.start();
    assertThat(GpuUsage.of(registry.find("worker-1").orElseThrow().client()).allocatable())
        .isEqualTo(1);

    fixture
        .hub
        .client()
        .secrets()
        .inNamespace(ControllerFixture.NAMESPACE)
        .withName("cluster-worker-1")
        .edit(s -> new SecretBuilder(s).addToStringData("kubeconfig", other.kubeconfig()).build());
    fixture.awaitThat(
        () -> registry.find("worker-1").orElseThrow().kubeconfig().equals(other.kubeconfig()),
        "worker-1's client to be rebuilt");
    assertThat(GpuUsage.of(registry.find("worker-1").orElseThrow().client()).allocatable())
        .isEqualTo(2);

    fixture
        .hub
        .client()
        .secrets()
        .inNamespace(ControllerFixture.NAMESPACE)
        .withName("cluster-worker-1")
        .delete();
    fixture.awaitThat(() -> registry.find("worker-1").isEmpty(), "worker-1 to be unregistered");
    assertThat(registry.find("worker-2")).isPresent();
  }

  @Test
  void inClusterRegistersTheClusterTheServiceRunsIn() {
    register("local", "in-cluster", "true");
    registry.start();

    WorkerCluster local = registry.find("local").orElseThrow();
    String hubUrl = fixture.hub.client().getConfiguration().getMasterUrl();
    assertThat(local.client().getConfiguration().getMasterUrl()).isEqualTo(hubUrl);
    assertThat(local.kubeconfig()).contains("server: \"" + hubUrl + "\"");
  }

  @Test
  void aSecretWithNeitherKeyRegistersNothing() {
    register("broken", "token", "abc");
    registry.start();

    assertThat(registry.find("broken")).isEmpty();
    assertThat(registry.registrationHint("broken"))
        .isEqualTo(
            "no Secret labelled workloadplacement.io/cluster=broken in namespace \"wp-system\"");
  }

  private void register(String cluster, String key, String value) {
    fixture
        .hub
        .client()
        .secrets()
        .inNamespace(ControllerFixture.NAMESPACE)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("cluster-" + cluster)
                .addToLabels(ClusterSecret.CLUSTER_LABEL, cluster)
                .endMetadata()
                .addToStringData(key, value)
                .build())
        .create();
  }
}

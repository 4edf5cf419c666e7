package io.workloadplacement.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Fabric8WorkspaceDirectoryTest {

  private final MockApiServer api = MockApiServer.crud();
  private final KubernetesStore store = new KubernetesStore(api.client(), "ns");

  @AfterEach
  void stop() {
    store.close();
    api.close();
  }

  private Fabric8WorkspaceDirectory readableDirectory(String name) {
    Fabric8WorkspaceDirectory directory = store.workspaceDirectory(name);
    Eventually.await(directory::isReadable, "the directory is readable");
    return directory;
  }

  private void writeDirectory(Map<String, String> data) {
    api.client()
        .configMaps()
        .inNamespace("ns")
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("workspaces")
                .endMetadata()
                .withData(data)
                .build())
        .createOr(NonDeletingOperation::update);
  }

  @Test
  void knowsTheWorkspacesAndClustersTheConfigMapLists() {
    writeDirectory(Map.of("abc", "worker-1, worker-2\nworker-3", "empty", ""));
    var directory = readableDirectory("workspaces");

    assertThat(directory.hasWorkspace("abc")).isTrue();
    assertThat(directory.hasWorkspace("empty")).isTrue();
    assertThat(directory.hasWorkspace("xyz")).isFalse();
    assertThat(directory.hasCluster("abc", "worker-2")).isTrue();
    assertThat(directory.hasCluster("abc", "worker-3")).isTrue();
    assertThat(directory.hasCluster("abc", "worker")).isFalse();
    assertThat(directory.hasCluster("empty", "worker-1")).isFalse();
    assertThat(directory.hasCluster("xyz", "worker-1")).isFalse();
  }

  @Test
  void anEditCountsOnceTheInformerSeesIt() {
    writeDirectory(Map.of("abc", "worker-1"));
    var directory = readableDirectory("workspaces");
    assertThat(directory.hasWorkspace("xyz")).isFalse();

    writeDirectory(Map.of("abc", "worker-1", "xyz", "worker-9"));

    Eventually.await(() -> directory.hasCluster("xyz", "worker-9"), "the edit counts");
    assertThat(directory.hasCluster("abc", "worker-1")).isTrue();
  }

  @Test
  void questionsCostNoRequest() {
    writeDirectory(Map.of("abc", "worker-1"));
    var directory = readableDirectory("workspaces");
    int before = api.server().getRequestCount();

    for (int i = 0; i < 20; i++) {
      assertThat(directory.hasCluster("abc", "worker-1")).isTrue();
    }

    assertThat(api.server().getRequestCount()).isEqualTo(before);
  }

  @Test
  void aMissingConfigMapIsAConfigurationErrorNotAnEmptyDirectory() {
    var directory = store.workspaceDirectory("nowhere");
    Eventually.await(directory::hasListed, "the informer has listed");

    assertThat(directory.isReadable()).isFalse();
    assertThatThrownBy(() -> directory.hasWorkspace("abc"))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("\"nowhere\"")
        .hasMessageContaining("does not exist");
  }

  @Test
  void aConfigMapCreatedLaterMakesTheDirectoryReadable() {
    var directory = store.workspaceDirectory("workspaces");
    Eventually.await(directory::hasListed, "the informer has listed");
    assertThat(directory.isReadable()).isFalse();

    writeDirectory(Map.of("abc", "worker-1"));

    Eventually.await(directory::isReadable, "the directory is readable");
    assertThat(directory.hasWorkspace("abc")).isTrue();
  }
}

package io.workloadplacement.k8s.server;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.workloadplacement.k8s.ClusterLocation;
import io.workloadplacement.k8s.MockApiServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * fabric8's CRUD mock API server as the hub cluster the servers under test share: a kubeconfig that
 * points at it (as {@code kubectl} would be pointed), and the workspace ConfigMap.
 */
final class Hub implements AutoCloseable {

  static final String NAMESPACE = "placements";

  private final MockApiServer api;
  private final Path kubeconfig;

  private Hub(MockApiServer api, Path directory) {
    this.api = api;
    this.kubeconfig = api.writeKubeconfig(directory, NAMESPACE);
  }

  /** A hub with the CRD installed and workspace {@code abc} holding clusters w1 and w2. */
  static Hub ready(Path directory) {
    Hub hub = new Hub(MockApiServer.crud(), directory);
    hub.writeWorkspaces(Map.of("abc", "w1, w2"));
    return hub;
  }

  /** A hub with nothing installed: no CRD, no ConfigMap. */
  static Hub empty(Path directory) {
    return new Hub(MockApiServer.crudWithoutDefinition(), directory);
  }

  MockApiServer api() {
    return api;
  }

  void writeWorkspaces(Map<String, String> data) {
    api.client()
        .configMaps()
        .inNamespace(NAMESPACE)
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName(KubernetesServerSettings.DEFAULT_WORKSPACES_CONFIGMAP)
                .endMetadata()
                .withData(data)
                .build())
        .createOr(NonDeletingOperation::update);
  }

  ClusterLocation location() {
    return ClusterLocation.kubeconfig(kubeconfig);
  }

  /** Settings of a server on this hub: loopback, any free port, no graceful stop. */
  KubernetesServerSettings settings() {
    return KubernetesServerSettings.defaults(location())
        .withAddress("127.0.0.1", 0)
        .withStopTimeout(Duration.ZERO);
  }

  /** A kubeconfig in {@code directory} naming a server where nothing listens. */
  static Path unreachableKubeconfig(Path directory) {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return MockApiServer.writeKubeconfig(directory, "http://127.0.0.1:" + port, NAMESPACE);
  }

  @Override
  public void close() {
    api.close();
  }
}

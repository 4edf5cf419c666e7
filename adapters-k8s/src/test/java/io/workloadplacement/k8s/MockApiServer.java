package io.workloadplacement.k8s;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;

/**
 * A fabric8 mock API server for the tests, in CRUD mode (a working in-memory store, with delete
 * preconditions enforced) or in expectations mode (canned answers to exact requests), and a client
 * on it that does not retry, so a 5xx reaches the code under test at once.
 */
public final class MockApiServer implements AutoCloseable {

  private final KubernetesMockServer server;
  private final KubernetesClient client;

  private MockApiServer(KubernetesMockServer server) {
    this.server = server;
    server.init();
    this.client =
        server.createClient(
            builder -> builder.editOrNewConfig().withRequestRetryBackoffLimit(0).endConfig());
  }

  /** A server that stores what it is sent, with the WorkloadPlacement CRD installed. */
  public static MockApiServer crud() {
    return crud(new PreconditionEnforcingCrudDispatcher());
  }

  /** A CRUD server answering through {@code dispatcher}, with the CRD installed. */
  static MockApiServer crud(KubernetesCrudDispatcher dispatcher) {
    MockApiServer api = crudWithoutDefinition(dispatcher);
    api.client.resource(PlacementDefinition.load()).create();
    return api;
  }

  /** A CRUD server with nothing installed, delete preconditions enforced. */
  public static MockApiServer crudWithoutDefinition() {
    return crudWithoutDefinition(new PreconditionEnforcingCrudDispatcher());
  }

  /** Installs the WorkloadPlacement CRD, as an administrator would. */
  public void installDefinition() {
    client.resource(PlacementDefinition.load()).create();
  }

  /**
   * Writes a kubeconfig into {@code directory} whose current context is this server, in {@code
   * namespace}, as {@code kubectl} would be configured to reach it; returns its path.
   */
  public Path writeKubeconfig(Path directory, String namespace) {
    return writeKubeconfig(directory, client.getConfiguration().getMasterUrl(), namespace);
  }

  /** Writes a kubeconfig into {@code directory} for the server at {@code url}. */
  public static Path writeKubeconfig(Path directory, String url, String namespace) {
    String text =
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: mock
          cluster:
            server: %s
        users:
        - name: tester
          user:
            token: test-token
        contexts:
        - name: mock
          context:
            cluster: mock
            user: tester
            namespace: %s
        current-context: mock
        """
            .formatted(url, namespace);
    try {
      return Files.writeString(
          Files.createTempFile(directory, "kubeconfig", ".yaml"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CRUD server with nothing installed. */
  static MockApiServer crudWithoutDefinition(KubernetesCrudDispatcher dispatcher) {
    return new MockApiServer(
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false));
  }

  /**
   * A new client on this server configured as {@link KubernetesStore} configures its own, from a
   * configuration that asks for fabric8's retries (as a kubeconfig's defaults do). Close it.
   */
  KubernetesClient clientAsTheStoreBuildsIt() {
    Config retrying =
        new ConfigBuilder(client.getConfiguration())
            .withRequestRetryBackoffLimit(3)
            .withRequestRetryBackoffInterval(1)
            .build();
    return new KubernetesClientBuilder().withConfig(KubernetesStore.clientConfig(retrying)).build();
  }

  /** A server that answers only what a test told it to expect. */
  static MockApiServer expectations() {
    return new MockApiServer(new KubernetesMockServer(false));
  }

  public KubernetesMockServer server() {
    return server;
  }

  public KubernetesClient client() {
    return client;
  }

  @Override
  public void close() {
    client.close();
    try {
      server.destroy();
    } catch (IllegalStateException e) {
      // "Unable to close MockWebServer": its own shutdown timing out on a loaded machine fails no
      // test, since every assertion has run by then
      System.err.println("mock API server: " + e.getMessage());
    }
  }
}

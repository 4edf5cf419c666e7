package io.workloadplacement.conformance.inprocess;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.workloadplacement.conformance.suite.ConformanceSuite;
import io.workloadplacement.conformance.sut.ApiTarget;
import io.workloadplacement.conformance.sut.Auth;
import io.workloadplacement.conformance.sut.HttpApiTarget;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import io.workloadplacement.k8s.ClusterLocation;
import io.workloadplacement.k8s.MockApiServer;
import io.workloadplacement.k8s.server.KubernetesServer;
import io.workloadplacement.k8s.server.KubernetesServerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The suite against the Kubernetes-backed server in process: its real composition (the fabric8
 * store, the informers, the REST adapter, the watch stream) on fabric8's CRUD mock API server as
 * the cluster, reached through a kubeconfig as {@code kubectl} would reach it. The server runs
 * without a controller, so every placement stays Pending (as with {@link
 * DomainServiceConformanceTest}); the watch property checks the informer's stream.
 */
class KubernetesServerConformanceTest extends ConformanceSuite {

  private static final String NAMESPACE = "conformance";

  private final MockApiServer cluster;
  private final KubernetesServer server;

  KubernetesServerConformanceTest() {
    cluster = MockApiServer.crud();
    TargetCapabilities capabilities = capabilities();
    cluster
        .client()
        .configMaps()
        .inNamespace(NAMESPACE)
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName(KubernetesServerSettings.DEFAULT_WORKSPACES_CONFIGMAP)
                .endMetadata()
                .withData(workspaces(capabilities))
                .build())
        .create();
    server =
        KubernetesServer.start(
            KubernetesServerSettings.defaults(ClusterLocation.kubeconfig(kubeconfig()))
                .withAddress("127.0.0.1", 0)
                .withStopTimeout(Duration.ZERO));
    awaitReady();
  }

  /** Every workspace of the suite holding every cluster of the suite. */
  private static Map<String, String> workspaces(TargetCapabilities capabilities) {
    String clusters = String.join(", ", capabilities.clusters());
    return capabilities.workspaces().stream()
        .collect(java.util.stream.Collectors.toMap(w -> w, w -> clusters));
  }

  private Path kubeconfig() {
    try {
      return cluster.writeKubeconfig(Files.createTempDirectory("conformance-k8s"), NAMESPACE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!server.isReady()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the Kubernetes-backed server was not ready within 30s");
      }
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
  }

  @Override
  protected ApiTarget target() {
    return new HttpApiTarget(URI.create(server.baseUrl()), Auth.none(), false);
  }

  @Override
  protected TargetCapabilities capabilities() {
    // nothing drives placements here: polling for a lifecycle would only wait out its deadline
    return TargetCapabilities.local(
            "Kubernetes-backed server on the CRUD mock API server (in-process, no controller, watch)")
        .withWatch(true)
        .withPolling(Duration.ofMillis(300), Duration.ofMillis(20));
  }

  @Override
  protected void stopTarget() {
    try {
      server.close();
    } finally {
      cluster.close();
    }
  }
}

package io.workloadplacement.k8s;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.port.out.PlacementRepository;
import io.workloadplacement.domain.port.out.WorkspaceDirectory;
import java.util.Objects;

/**
 * The composition root's handle on a Kubernetes API server: one client, one namespace, and the
 * out-ports built on them. Nothing fabric8 appears in its public surface, so the server module can
 * wire it without depending on fabric8. Close it to release the client's threads and connections.
 */
public final class KubernetesStore implements AutoCloseable {

  /**
   * Attempts per request on 5xx, 429 and connection failures. fabric8's default of 10 with
   * exponential backoff holds a request for over a minute; a few quick retries ride out a leader
   * change, after which the caller gets 503 rather than a hung request.
   */
  private static final int RETRIES = 3;

  private final KubernetesClient client;
  private final String namespace;

  KubernetesStore(KubernetesClient client, String namespace) {
    this.client = Objects.requireNonNull(client, "client");
    this.namespace = Objects.requireNonNull(namespace, "namespace");
  }

  /**
   * Connects as {@code kubectl} would (the {@code KUBECONFIG} file or {@code ~/.kube/config}, else
   * the pod's service account when running in a cluster) and keeps placements in {@code namespace},
   * or in the configuration's current namespace when {@code namespace} is null.
   */
  public static KubernetesStore connect(String namespace) {
    Config config = new ConfigBuilder().withRequestRetryBackoffLimit(RETRIES).build();
    String chosen = namespace != null ? namespace : config.getNamespace();
    if (chosen == null) {
      throw new IllegalArgumentException(
          "no namespace given and the Kubernetes configuration names none");
    }
    return new KubernetesStore(new KubernetesClientBuilder().withConfig(config).build(), chosen);
  }

  /** The namespace placements are kept in. */
  public String namespace() {
    return namespace;
  }

  /** The placement repository on this server and namespace. */
  public PlacementRepository placementRepository() {
    return new Fabric8PlacementRepository(client, namespace);
  }

  /**
   * The workspaces and clusters listed in the ConfigMap {@code configMapName} of this namespace
   * (see {@link Fabric8WorkspaceDirectory} for its format).
   */
  public WorkspaceDirectory workspaceDirectory(String configMapName) {
    return new Fabric8WorkspaceDirectory(client, namespace, configMapName);
  }

  /**
   * Creates or updates the {@code WorkloadPlacement} CRD (server-side apply), for a development
   * cluster; in production a cluster administrator installs the same YAML, found on the classpath
   * at {@code kubernetes/workloadplacements.worker.kubeslice.io-v1.yml}.
   *
   * @throws StoreUnavailableException when the API server refuses or cannot be reached
   */
  public void installDefinition() {
    try {
      client
          .apiextensions()
          .v1()
          .customResourceDefinitions()
          .resource(PlacementDefinition.load())
          .fieldManager("workload-placement")
          .forceConflicts()
          .serverSideApply();
    } catch (KubernetesClientException e) {
      throw new StoreUnavailableException(
          "cannot install the WorkloadPlacement CRD (HTTP " + e.getCode() + "): " + e.getMessage(),
          e);
    }
  }

  @Override
  public void close() {
    client.close();
  }
}

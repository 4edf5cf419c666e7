package io.workloadplacement.k8s;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.port.out.PlacementRepository;
import io.workloadplacement.k8s.controller.PlacementController;
import io.workloadplacement.k8s.controller.StepExecutors;
import io.workloadplacement.k8s.steps.HelmRunner;
import io.workloadplacement.k8s.steps.ManifestStepExecutor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The composition root's handle on a Kubernetes API server: one client, one namespace, and the
 * out-ports built on them. Nothing fabric8 appears in its public surface, so the server module can
 * wire it without depending on fabric8. Close it to release the client's threads and connections.
 */
public final class KubernetesStore implements AutoCloseable {

  private final KubernetesClient client;
  private final String namespace;
  // the informers started on the client, closed before it
  private final List<Runnable> informerStops = new CopyOnWriteArrayList<>();

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
    Config config = clientConfig(new ConfigBuilder().build());
    String chosen = namespace != null ? namespace : config.getNamespace();
    if (chosen == null) {
      throw new IllegalArgumentException(
          "no namespace given and the Kubernetes configuration names none");
    }
    return new KubernetesStore(new KubernetesClientBuilder().withConfig(config).build(), chosen);
  }

  /**
   * Connects to the API server at {@code location} and keeps placements in {@code namespace}, or
   * when it is null in the namespace the location names (the kubeconfig context's, the service
   * account's), else in {@code default}, as {@code kubectl} does.
   */
  public static KubernetesStore connect(ClusterLocation location, String namespace) {
    Config config = clientConfig(location.config());
    String chosen =
        namespace != null
            ? namespace
            : config.getNamespace() != null ? config.getNamespace() : "default";
    return new KubernetesStore(new KubernetesClientBuilder().withConfig(config).build(), chosen);
  }

  /**
   * {@code base} as this store's client uses it: fabric8 retries every request, writes included, on
   * 5xx, 429 and I/O errors, so a create that landed but lost its answer would come back as
   * AlreadyExists and a delete as NotFound. The client never retries; the repository retries reads
   * itself ({@link ReadRetries}) and, after a write that lost its answer, reads back whether it
   * landed.
   */
  static Config clientConfig(Config base) {
    return new ConfigBuilder(base).withRequestRetryBackoffLimit(0).build();
  }

  /** The namespace placements are kept in. */
  public String namespace() {
    return namespace;
  }

  /** The placement repository on this server and namespace. */
  public PlacementRepository placementRepository() {
    return new Fabric8PlacementRepository(client, namespace, ReadRetries.DEFAULT);
  }

  /**
   * The workspaces and clusters listed in the ConfigMap {@code configMapName} of this namespace
   * (see {@link Fabric8WorkspaceDirectory} for its format), read through an informer started here
   * and stopped when the store closes.
   */
  public Fabric8WorkspaceDirectory workspaceDirectory(String configMapName) {
    Fabric8WorkspaceDirectory directory =
        new Fabric8WorkspaceDirectory(client, namespace, configMapName);
    informerStops.add(directory::close);
    directory.start();
    return directory;
  }

  /**
   * Every change to the placements of this namespace, whoever made it, through an informer started
   * here and stopped when the store closes.
   */
  public InformerPlacementWatch placementWatch() {
    InformerPlacementWatch watch = new InformerPlacementWatch(client, namespace);
    informerStops.add(watch::close);
    watch.start();
    return watch;
  }

  /**
   * A builder of the controller on this store's client and namespace (cluster Secrets, chart
   * credentials, the Lease), with its repository and the standard step executors; the composition
   * root adds the watch, the lifecycle use case, the clock and leader election.
   */
  public PlacementController.Builder controller() {
    return PlacementController.builder(client, namespace)
        .repository(placementRepository())
        .deletedPlacements(new FinalizerCleanups(client, namespace, ReadRetries.DEFAULT))
        .executors(StepExecutors.standard(client, namespace));
  }

  /**
   * As {@link #controller()}, but manifests written with {@code manifestVerb} and Helm run by
   * {@code helm}: for a test on a mock API server, which has no server-side apply, with Helm faked.
   */
  public PlacementController.Builder controller(
      ManifestStepExecutor.Verb manifestVerb, HelmRunner helm) {
    return controller().executors(StepExecutors.of(client, namespace, manifestVerb, helm));
  }

  /**
   * The text under {@code key} of the Secret {@code secretName} in this namespace; empty when the
   * Secret or the key is missing.
   *
   * @throws StoreUnavailableException when the Secret cannot be read
   */
  public Optional<String> secretText(String secretName, String key) {
    Secret secret;
    try {
      secret =
          ReadRetries.DEFAULT.read(
              () -> client.secrets().inNamespace(namespace).withName(secretName).get());
    } catch (KubernetesClientException e) {
      String status = e.getCode() > 0 ? "HTTP " + e.getCode() : "no response";
      throw new StoreUnavailableException(
          "cannot read the Secret \"" + secretName + "\" (" + status + "): " + e.getMessage(), e);
    }
    return Optional.ofNullable(secret)
        .map(Secret::getData)
        .map(data -> data.get(key))
        .map(encoded -> new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
  }

  /**
   * Creates the {@code WorkloadPlacement} CRD, or updates it when this project installed it, for a
   * development cluster; in production a cluster administrator installs the same YAML, found on the
   * classpath at {@code kubernetes/workloadplacements.worker.kubeslice.io-v1.yml}. It never forces:
   * the group is the vendor's own, and a definition of that name that lacks this project's label
   * ({@code workloadplacement.io/installed-by}) is left alone and refused.
   *
   * @throws IllegalStateException when a definition of that name exists that this project did not
   *     install
   * @throws StoreUnavailableException when the API server refuses or cannot be reached, or the
   *     definition changed between reading and writing it
   */
  public void installDefinition() {
    new DefinitionInstaller(client).install();
  }

  /** Stops the informers started here, then closes the client. */
  @Override
  public void close() {
    try {
      informerStops.forEach(Runnable::run);
    } finally {
      client.close();
    }
  }
}

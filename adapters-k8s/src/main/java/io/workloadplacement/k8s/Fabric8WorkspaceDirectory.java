package io.workloadplacement.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.port.out.WorkspaceDirectory;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link WorkspaceDirectory} read from one ConfigMap: each key is a workspace, its value the
 * workspace's cluster names separated by commas or whitespace. For example {@code data: {abc:
 * "worker-1, worker-2"}}. An informer keeps a copy of the ConfigMap, so a question costs no request
 * and an edit with {@code kubectl} counts as soon as the informer sees it, on every replica. A
 * missing ConfigMap is a configuration error reported as {@link StoreUnavailableException}, not an
 * empty directory that would refuse every placement as if its workspace did not exist; so is a
 * directory not read yet.
 *
 * <p>Build one with {@link KubernetesStore#workspaceDirectory(String)}.
 */
public final class Fabric8WorkspaceDirectory implements WorkspaceDirectory, AutoCloseable {

  private final SharedIndexInformer<ConfigMap> informer;
  private final String key;
  private final String description;

  Fabric8WorkspaceDirectory(KubernetesClient client, String namespace, String configMapName) {
    this.informer =
        client.configMaps().inNamespace(namespace).withName(configMapName).runnableInformer(0);
    this.key = Cache.namespaceKeyFunc(namespace, configMapName);
    this.description = "ConfigMap \"" + configMapName + "\" in namespace \"" + namespace + "\"";
    informer.exceptionHandler(InformerFailures.keepTrying("the workspaces " + description));
  }

  /** Starts listing and watching the ConfigMap; returns at once (see {@link #isReadable()}). */
  void start() {
    informer.start();
  }

  /**
   * True when questions can be answered: the informer has listed the ConfigMap, is watching it, and
   * it exists.
   */
  public boolean isReadable() {
    return hasListed() && informer.isWatching() && informer.getStore().getByKey(key) != null;
  }

  /** True once the informer has listed, whether or not the ConfigMap was there. */
  boolean hasListed() {
    return informer.hasSynced();
  }

  @Override
  public boolean hasWorkspace(String workspaceName) {
    return clustersByWorkspace().containsKey(workspaceName);
  }

  @Override
  public boolean hasCluster(String workspaceName, String clusterName) {
    String clusters = clustersByWorkspace().get(workspaceName);
    return clusters != null && clusterNames(clusters).contains(clusterName);
  }

  /** Stops the informer. */
  @Override
  public void close() {
    informer.close();
  }

  private Map<String, String> clustersByWorkspace() {
    if (!hasListed()) {
      throw new StoreUnavailableException(
          "the workspaces " + description + " have not been read from the API server yet");
    }
    ConfigMap current = informer.getStore().getByKey(key);
    if (current == null) {
      throw new StoreUnavailableException("the workspaces " + description + " does not exist");
    }
    return current.getData() == null ? Map.of() : current.getData();
  }

  private static Set<String> clusterNames(String value) {
    return Arrays.stream(value.split("[,\\s]+"))
        .filter(name -> !name.isEmpty())
        .collect(Collectors.toSet());
  }
}

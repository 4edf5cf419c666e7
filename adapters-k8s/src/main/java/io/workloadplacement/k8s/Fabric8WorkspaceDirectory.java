package io.workloadplacement.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.port.out.WorkspaceDirectory;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link WorkspaceDirectory} read from one ConfigMap: each key is a workspace, its value the
 * workspace's cluster names separated by commas or whitespace. For example {@code data: {abc:
 * "worker-1, worker-2"}}. It is read on every question, so an edit with {@code kubectl} counts at
 * once and every replica sees the same directory; a missing ConfigMap is a configuration error
 * reported as {@link StoreUnavailableException}, not an empty directory that would refuse every
 * placement as if its workspace did not exist.
 *
 * <p>Build one with {@link KubernetesStore#workspaceDirectory(String)}.
 */
public final class Fabric8WorkspaceDirectory implements WorkspaceDirectory {

  private final Resource<ConfigMap> configMap;
  private final String description;
  private final ReadRetries reads;

  Fabric8WorkspaceDirectory(
      KubernetesClient client, String namespace, String configMapName, ReadRetries reads) {
    this.reads = reads;
    this.configMap = client.configMaps().inNamespace(namespace).withName(configMapName);
    this.description = "ConfigMap \"" + configMapName + "\" in namespace \"" + namespace + "\"";
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

  private Map<String, String> clustersByWorkspace() {
    ConfigMap current;
    try {
      current = reads.read(configMap::get);
    } catch (KubernetesClientException e) {
      throw new StoreUnavailableException(
          "cannot read the workspaces from " + description + " (HTTP " + e.getCode() + ")", e);
    }
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

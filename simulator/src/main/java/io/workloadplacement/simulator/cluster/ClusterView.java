package io.workloadplacement.simulator.cluster;

import java.util.List;
import java.util.Objects;

/**
 * A snapshot of one simulated cluster, as the control API shows it.
 *
 * @param workspaces the workspaces that include it
 * @param gpuHolders the placements holding one of its GPUs, in order of grant
 */
public record ClusterView(
    String name,
    List<String> workspaces,
    int gpuCapacity,
    int gpusInUse,
    List<String> gpuHolders,
    List<NamespaceView> namespaces,
    List<HelmRelease> helmReleases,
    List<ManifestObject> manifests,
    List<CommandLogEntry> commandLog) {

  public ClusterView {
    Objects.requireNonNull(name, "name");
    workspaces = List.copyOf(workspaces);
    gpuHolders = List.copyOf(gpuHolders);
    namespaces = List.copyOf(namespaces);
    helmReleases = List.copyOf(helmReleases);
    manifests = List.copyOf(manifests);
    commandLog = List.copyOf(commandLog);
  }

  /** GPUs not held by any placement. */
  public int gpusFree() {
    return Math.max(0, gpuCapacity - gpusInUse);
  }
}

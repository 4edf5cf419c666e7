package io.workloadplacement.simulator.cluster;

import java.util.List;
import java.util.Objects;

/**
 * Everything one simulated cluster holds, as a value to keep and restore: who holds how many GPUs
 * (in order of grant), what is deployed, and the command log.
 */
public record ClusterState(
    String name,
    int gpuCapacity,
    List<String> workspaces,
    List<GpuHold> gpuHolders,
    List<NamespaceView> namespaces,
    List<HelmRelease> releases,
    List<ManifestObject> manifests,
    List<CommandLogEntry> commandLog) {

  /** A placement holding {@code gpus} GPUs. */
  public record GpuHold(String placement, int gpus) {}

  public ClusterState {
    Objects.requireNonNull(name, "name");
    workspaces = List.copyOf(workspaces);
    gpuHolders = List.copyOf(gpuHolders);
    namespaces = List.copyOf(namespaces);
    releases = List.copyOf(releases);
    manifests = List.copyOf(manifests);
    commandLog = List.copyOf(commandLog);
  }
}

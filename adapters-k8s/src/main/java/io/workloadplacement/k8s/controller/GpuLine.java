package io.workloadplacement.k8s.controller;

import io.workloadplacement.domain.model.GpuDemand;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.WorkloadPlacement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a Queued placement may have its GPUs now, judged from stored placements alone, so that a
 * restarted controller or a new leader judges as the last one did. On each of its clusters it must
 * be first in line among the Queued placements that want that cluster (priority descending, then
 * creation, then name: the simulator's order) and find its demand free: the cluster's GPUs no pod
 * requests, minus what the placements InProgress or Successful there hold. It is granted all of its
 * clusters at once, or none.
 */
final class GpuLine {

  /** Who is granted first among those waiting. */
  static final Comparator<WorkloadPlacement> ORDER =
      Comparator.<WorkloadPlacement>comparingInt(p -> -p.spec().gpuDemand().priority())
          .thenComparing(WorkloadPlacement::createdAt)
          .thenComparing(WorkloadPlacement::name);

  private GpuLine() {}

  /**
   * Why {@code candidate} must wait, or empty when it may start now.
   *
   * @param stored every stored placement (the candidate among them or not)
   * @param usage each of the candidate's clusters as Kubernetes sees it
   */
  static Optional<String> whyWaiting(
      WorkloadPlacement candidate, List<WorkloadPlacement> stored, Map<String, GpuUsage> usage) {
    GpuDemand demand = candidate.spec().gpuDemand();
    for (String cluster : candidate.spec().clusters()) {
      Optional<WorkloadPlacement> ahead =
          stored.stream()
              .filter(p -> !p.name().equals(candidate.name()))
              .filter(p -> p.provisioningStatus() == ProvisioningStatus.QUEUED)
              .filter(p -> p.spec().clusters().contains(cluster))
              .filter(p -> ORDER.compare(p, candidate) < 0)
              .findFirst();
      if (ahead.isPresent()) {
        return Optional.of(
            "behind " + ahead.get().name() + " in line for the GPUs of cluster " + cluster);
      }
      long held =
          stored.stream()
              .filter(p -> !p.name().equals(candidate.name()))
              .filter(p -> p.provisioningStatus().isOnClusters())
              .filter(p -> p.spec().clusters().contains(cluster))
              .mapToLong(p -> p.spec().gpuDemand().gpusPerCluster())
              .sum();
      long free = usage.get(cluster).unrequested() - held;
      if (free < demand.gpusPerCluster()) {
        return Optional.of(
            "needs "
                + demand.gpusPerCluster()
                + " GPUs on cluster "
                + cluster
                + ", "
                + Math.max(free, 0)
                + " free");
      }
    }
    return Optional.empty();
  }
}

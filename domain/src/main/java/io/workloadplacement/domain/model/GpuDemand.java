package io.workloadplacement.domain.model;

/**
 * What a placement asks of the GPUs of each of its clusters, and its place among those waiting:
 * higher priorities are granted first, then earlier arrivals (contract section 7).
 *
 * @param gpusPerCluster GPUs held on each target cluster while InProgress or Successful
 * @param priority gprDetails' priority, 0 without gprDetails
 */
public record GpuDemand(int gpusPerCluster, int priority) {

  /** One GPU per cluster at priority 0: a placement without gprDetails. */
  public static final GpuDemand ONE_GPU = new GpuDemand(1, 0);

  public GpuDemand {
    if (gpusPerCluster < 1) {
      throw new IllegalArgumentException("a placement needs at least one GPU per cluster");
    }
  }

  /**
   * The demand of {@code spec}: with gprDetails, numberOfGPUs x numberOfGPUNodes at its priority;
   * without, one GPU at priority 0.
   */
  public static GpuDemand of(WorkloadPlacementSpec spec) {
    GprDetails gpr = spec.gprDetails();
    if (gpr == null) {
      return ONE_GPU;
    }
    return new GpuDemand(gpr.gpusPerCluster(), gpr.priority() == null ? 0 : gpr.priority());
  }
}

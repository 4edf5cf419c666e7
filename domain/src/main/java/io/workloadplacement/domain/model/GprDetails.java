package io.workloadplacement.domain.model;

import io.workloadplacement.domain.model.validation.GpuSelection;
import io.workloadplacement.domain.model.validation.ValidExitDuration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The GPU provision request of a placement (SDK's {@code gprDetails}): how many GPUs on how many
 * nodes, chosen automatically or by instance type and shape, for how long, at which priority. A
 * null field was not sent.
 */
@GpuSelection
public record GprDetails(
    @Min(1) Integer memoryPerGpu,
    @NotNull Boolean enableAutoGpuSelection,
    @Min(1) Integer numberOfGPUs,
    @Min(1) Integer numberOfGPUNodes,
    String instanceType,
    String gpuShape,
    @NotNull @ValidExitDuration String exitDuration,
    @NotNull Integer priority) {

  /** GPUs held on each cluster: GPUs per node times nodes, each 1 when not given. */
  public int gpusPerCluster() {
    return (numberOfGPUs == null ? 1 : numberOfGPUs)
        * (numberOfGPUNodes == null ? 1 : numberOfGPUNodes);
  }
}

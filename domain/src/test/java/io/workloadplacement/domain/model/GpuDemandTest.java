package io.workloadplacement.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import org.junit.jupiter.api.Test;

/** The one rule of what a placement asks of each cluster's GPUs. */
class GpuDemandTest {

  @Test
  void withoutGprDetailsOneGpuAtPriorityZero() {
    WorkloadPlacementSpec spec = SamplePlacements.seed().toSpec();

    assertThat(spec.gpuDemand()).isEqualTo(new GpuDemand(1, 0));
  }

  @Test
  void withGprDetailsGpusTimesNodesAtItsPriority() {
    GprDetails gpr = new GprDetails(40, false, 3, 2, "a100", "x", "2h", 7);

    assertThat(GpuDemand.of(withGpr(gpr))).isEqualTo(new GpuDemand(6, 7));
  }

  @Test
  void anAbsentCountIsOne() {
    GprDetails gpr = new GprDetails(40, true, null, 4, null, null, "2h", 2);

    assertThat(GpuDemand.of(withGpr(gpr))).isEqualTo(new GpuDemand(4, 2));
  }

  @Test
  void noGpuIsNoDemand() {
    assertThatThrownBy(() -> new GpuDemand(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static WorkloadPlacementSpec withGpr(GprDetails gpr) {
    WorkloadPlacementSpec s = SamplePlacements.seed().toSpec();
    return new WorkloadPlacementSpec(
        s.workspaceName(),
        s.name(),
        s.clusters(),
        s.burstDuration(),
        s.deletionPolicy(),
        s.helmConfigs(),
        s.manifestResources(),
        s.cmdExec(),
        s.steps(),
        s.numPlacements(),
        s.workloadTemplateName(),
        s.serviceAccountName(),
        s.enableBurst(),
        s.enableEGS(),
        gpr);
  }
}

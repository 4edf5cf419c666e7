package io.workloadplacement.k8s.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.GprDetails;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.WorkloadPlacement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who may have GPUs now, from stored placements and what the clusters report. */
class GpuLineTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:00:00Z");
  private static final Map<String, GpuUsage> FOUR_FREE = Map.of("c1", new GpuUsage(4, 0));

  @Test
  void startsWhenItsDemandIsFree() {
    WorkloadPlacement candidate = queued("cand", "c1", 2, 2, 0, 0);

    assertThat(GpuLine.whyWaiting(candidate, List.of(candidate), FOUR_FREE)).isEmpty();
  }

  @Test
  void waitsWhileOthersHoldTheGpus() {
    WorkloadPlacement candidate = queued("cand", "c1", 2, 1, 0, 10);
    WorkloadPlacement holder = queued("holder", "c1", 3, 1, 0, 0).startProvisioning(T0);

    assertThat(GpuLine.whyWaiting(candidate, List.of(holder, candidate), FOUR_FREE))
        .contains("needs 2 GPUs on cluster c1, 1 free");
  }

  @Test
  void podRequestsAreNotFree() {
    WorkloadPlacement candidate = queued("cand", "c1", 2, 1, 0, 0);

    assertThat(GpuLine.whyWaiting(candidate, List.of(candidate), Map.of("c1", new GpuUsage(4, 3))))
        .contains("needs 2 GPUs on cluster c1, 1 free");
  }

  @Test
  void finishedPlacementsHoldNothing() {
    WorkloadPlacement candidate = queued("cand", "c1", 4, 1, 0, 10);
    WorkloadPlacement failed =
        queued("failed", "c1", 4, 1, 0, 0).startProvisioning(T0).fail("X", "gone", T0);

    assertThat(GpuLine.whyWaiting(candidate, List.of(failed, candidate), FOUR_FREE)).isEmpty();
  }

  @Test
  void aHigherPriorityThatCameLaterIsAhead() {
    WorkloadPlacement candidate = queued("cand", "c1", 1, 1, 1, 0);
    WorkloadPlacement urgent = queued("urgent", "c1", 1, 1, 5, 60);

    assertThat(GpuLine.whyWaiting(candidate, List.of(candidate, urgent), FOUR_FREE))
        .contains("behind urgent in line for the GPUs of cluster c1");
    assertThat(GpuLine.whyWaiting(urgent, List.of(candidate, urgent), FOUR_FREE)).isEmpty();
  }

  @Test
  void atEqualPriorityTheEarlierIsAhead() {
    WorkloadPlacement candidate = queued("cand", "c1", 1, 1, 3, 60);
    WorkloadPlacement earlier = queued("earlier", "c1", 1, 1, 3, 0);

    assertThat(GpuLine.whyWaiting(candidate, List.of(candidate, earlier), FOUR_FREE))
        .contains("behind earlier in line for the GPUs of cluster c1");
  }

  @Test
  void onlyThoseWaitingForTheSameClusterAreAhead() {
    WorkloadPlacement candidate = queued("cand", "c1", 1, 1, 0, 60);
    WorkloadPlacement elsewhere = queued("elsewhere", "c2", 1, 1, 9, 0);

    assertThat(GpuLine.whyWaiting(candidate, List.of(candidate, elsewhere), FOUR_FREE)).isEmpty();
  }

  /** A Queued placement on {@code cluster} asking gpus x nodes at priority, created at T0 + s. */
  private static WorkloadPlacement queued(
      String name, String cluster, int gpus, int nodes, int priority, int createdAfterSeconds) {
    PlacementDraft base = SamplePlacements.oneCommand("abc", name, List.of(cluster));
    PlacementDraft draft =
        new PlacementDraft(
            base.workspaceName(),
            base.name(),
            base.clusters(),
            base.burstDuration(),
            base.deletionPolicy(),
            base.helmConfigs(),
            base.manifestResources(),
            base.cmdExec(),
            base.steps(),
            null,
            null,
            null,
            null,
            null,
            new GprDetails(40, true, gpus, nodes, null, null, "2h", priority));
    Instant created = T0.plusSeconds(createdAfterSeconds);
    return new WorkloadPlacement(draft.toSpec(), PlacementStatus.pending(created), created, null)
        .admit(created);
  }
}

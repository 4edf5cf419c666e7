package io.workloadplacement.simulator;

import static io.workloadplacement.simulator.Sims.T0;
import static io.workloadplacement.simulator.Sims.placement;
import static io.workloadplacement.simulator.Sims.statusOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.ClusterPlacementDecision;
import io.workloadplacement.domain.model.Condition;
import io.workloadplacement.domain.model.ConditionStatus;
import io.workloadplacement.domain.model.Phase;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.simulator.timeline.TimelineEntry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JumpToStatusTest {

  private static final String NAME = "two";

  private Simulator sim = Sims.manual();

  @AfterEach
  void close() {
    sim.close();
  }

  @ParameterizedTest
  @EnumSource(ProvisioningStatus.class)
  void everyStatusCanBeReachedWithAConsistentStatus(ProvisioningStatus target) {
    create();

    sim.jumpToStatus(NAME, target);

    WorkloadPlacement p = placement(sim, NAME);
    PlacementStatus status = p.status();
    assertThat(status.provisioningStatus()).isEqualTo(target);
    assertThat(status.phase()).isEqualTo(target.phase());
    assertThat(status.lastUpdated()).isEqualTo(T0);
    assertThat(p.createdAt()).isBeforeOrEqualTo(T0);
    switch (target) {
      case PENDING -> assertThat(status.clusterPlacementDecisions()).isEmpty();
      case QUEUED ->
          assertThat(status.clusterPlacementDecisions())
              .extracting(ClusterPlacementDecision::phase)
              .containsOnly(Phase.QUEUED);
      case IN_PROGRESS ->
          assertThat(status.clusterPlacementDecisions())
              .allSatisfy(
                  d -> {
                    assertThat(d.phase()).isEqualTo(Phase.DEPLOYING);
                    assertThat(d.currentStep()).isEqualTo("create-namespace");
                  });
      case SUCCESSFUL -> {
        assertThat(status.clusterPlacementDecisions())
            .allSatisfy(d -> assertThat(d.stepResults()).hasSize(3));
        assertThat(status.conditions())
            .extracting(Condition::status)
            .containsOnly(ConditionStatus.TRUE);
        assertThat(p.burstEndsAt()).contains(T0.plus(Duration.ofMinutes(15)));
      }
      case COMPLETED -> {
        assertThat(status.clusterPlacementDecisions())
            .extracting(ClusterPlacementDecision::phase)
            .containsOnly(Phase.COMPLETED);
        assertThat(p.burstEndsAt()).contains(T0);
        assertThat(p.createdAt()).isEqualTo(T0.minus(Duration.ofMinutes(15)).minusSeconds(30));
      }
      case FAILED -> {
        assertThat(status.condition(Condition.COMMAND_EXECUTED).orElseThrow().status())
            .isEqualTo(ConditionStatus.FALSE);
        assertThat(status.clusterPlacementDecisions())
            .extracting(ClusterPlacementDecision::phase)
            .containsOnly(Phase.FAILED);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(ProvisioningStatus.class)
  void theClustersMatchTheStatusReached(ProvisioningStatus target) {
    create();
    sim.jumpToStatus(NAME, ProvisioningStatus.SUCCESSFUL); // start from a full cluster

    sim.jumpToStatus(NAME, target);

    boolean holds =
        target == ProvisioningStatus.IN_PROGRESS || target == ProvisioningStatus.SUCCESSFUL;
    boolean deployed = target == ProvisioningStatus.SUCCESSFUL;
    for (String cluster : List.of("worker-1", "worker-2")) {
      var view = sim.cluster(cluster).orElseThrow();
      if (target != ProvisioningStatus.QUEUED) { // a Queued one may be granted at once
        assertThat(view.gpuHolders().contains(NAME)).as("GPU on " + cluster).isEqualTo(holds);
      }
      assertThat(view.helmReleases()).as("releases on " + cluster).hasSize(deployed ? 1 : 0);
      assertThat(view.manifests()).hasSize(deployed ? 1 : 0);
    }
  }

  @Test
  void theLifecycleCarriesOnFromAJumpedStatus() {
    create();
    sim.jumpToStatus(NAME, ProvisioningStatus.IN_PROGRESS);

    sim.advance(Duration.ofSeconds(18));
    assertThat(statusOf(sim, NAME)).isEqualTo(ProvisioningStatus.SUCCESSFUL);
    sim.advance(Duration.ofMinutes(15));
    assertThat(statusOf(sim, NAME)).isEqualTo(ProvisioningStatus.COMPLETED);
  }

  @Test
  void aJumpedCompletedPlacementWithRetainKeepsItsResources() {
    sim.placements().create(SamplePlacements.seedNamed("kept-one"));
    var spec = SamplePlacements.seedNamed("retained");
    sim.placements()
        .create(
            new io.workloadplacement.domain.model.PlacementDraft(
                spec.workspaceName(),
                spec.name(),
                spec.clusters(),
                spec.burstDuration(),
                "Retain",
                spec.helmConfigs(),
                spec.manifestResources(),
                spec.cmdExec(),
                spec.steps()));

    sim.jumpToStatus("retained", ProvisioningStatus.COMPLETED);
    sim.jumpToStatus("kept-one", ProvisioningStatus.COMPLETED);

    var view = sim.cluster("worker-1").orElseThrow();
    assertThat(view.helmReleases()).extracting(r -> r.owner()).containsExactly("retained");
    assertThat(view.gpusInUse()).isZero();
    assertThat(view.commandLog()).extracting(e -> e.placement()).containsExactly("retained");
  }

  @Test
  void aStatusThatNeedsAGpuIsRefusedWhenNoneIsFree() {
    sim.close();
    sim = Sims.manual(LifecycleEndToEndTest.topology(Map.of("worker-1", 1)));
    sim.placements().create(SamplePlacements.oneCommand("abc", "holder", List.of("worker-1")));
    sim.placements().create(SamplePlacements.oneCommand("abc", "other", List.of("worker-1")));
    sim.jumpToStatus("holder", ProvisioningStatus.SUCCESSFUL);

    assertThatThrownBy(() -> sim.jumpToStatus("other", ProvisioningStatus.IN_PROGRESS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("worker-1");
    assertThat(statusOf(sim, "other")).isEqualTo(ProvisioningStatus.PENDING);
    assertThat(sim.timeline("other").entries())
        .extracting(TimelineEntry::kind)
        .containsExactly(TimelineEntry.Kind.CREATED);
  }

  @Test
  void jumpsAreRecordedInTheTimeline() {
    create();
    sim.jumpToStatus(NAME, ProvisioningStatus.FAILED);

    assertThat(sim.timeline(NAME).entries())
        .extracting(TimelineEntry::kind)
        .containsExactly(TimelineEntry.Kind.CREATED, TimelineEntry.Kind.JUMPED);
    assertThat(sim.timeline(NAME).entries().get(1).to()).contains(ProvisioningStatus.FAILED);
  }

  @Test
  void anUnknownPlacementCannotJump() {
    assertThatThrownBy(() -> sim.jumpToStatus("nope", ProvisioningStatus.QUEUED))
        .isInstanceOf(PlacementNotFoundException.class);
  }

  private void create() {
    sim.placements()
        .create(LifecycleEndToEndTest.onClusters(NAME, List.of("worker-1", "worker-2")));
  }
}

package io.workloadplacement.simulator;

import static io.workloadplacement.simulator.Sims.statusOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.failure.DeletionRestrictedException;
import io.workloadplacement.domain.failure.InvalidUpdateException;
import io.workloadplacement.domain.fixtures.PlacementPatches;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementField;
import io.workloadplacement.domain.model.PlacementPatch;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.simulator.fault.FaultEffect;
import io.workloadplacement.simulator.fault.FaultMatch;
import io.workloadplacement.simulator.fault.FaultRule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The contract's update and deletion rules, in every status reached through the lifecycle. */
class UpdateAndDeleteRulesTest {

  private static final String NAME = "subject";

  /** How far to advance from creation to be in each status (seed timings, 15m burst). */
  private static final Map<ProvisioningStatus, Duration> WHEN =
      Map.of(
          ProvisioningStatus.PENDING, Duration.ZERO,
          ProvisioningStatus.QUEUED, Duration.ofSeconds(5),
          ProvisioningStatus.IN_PROGRESS, Duration.ofSeconds(20),
          ProvisioningStatus.SUCCESSFUL, Duration.ofMinutes(5),
          ProvisioningStatus.COMPLETED, Duration.ofMinutes(20),
          ProvisioningStatus.FAILED, Duration.ofMinutes(1));

  private final Simulator sim = Sims.manual();

  @AfterEach
  void close() {
    sim.close();
  }

  @ParameterizedTest
  @EnumSource(ProvisioningStatus.class)
  void updatesFollowTheStatusTable(ProvisioningStatus status) {
    reach(status);
    boolean open = status == ProvisioningStatus.PENDING || status == ProvisioningStatus.QUEUED;
    boolean limited =
        status == ProvisioningStatus.IN_PROGRESS || status == ProvisioningStatus.SUCCESSFUL;

    Runnable changeClusters =
        () -> update(PlacementPatches.patch().clusters(List.of("worker-2")).build());
    Runnable changePolicy = () -> update(PlacementPatches.patch().deletionPolicy("Retain").build());
    Runnable renameWorkspace = () -> update(PlacementPatches.patch().workspaceName("xyz").build());

    if (open) {
      changeClusters.run();
      changePolicy.run();
    } else {
      assertThatThrownBy(changeClusters::run)
          .isInstanceOfSatisfying(
              InvalidUpdateException.class,
              e -> {
                assertThat(e.fields()).containsExactly(PlacementField.CLUSTERS);
                assertThat(e.status()).isEqualTo(status);
              });
      if (limited) {
        changePolicy.run();
      } else {
        assertThatThrownBy(changePolicy::run).isInstanceOf(InvalidUpdateException.class);
      }
    }
    assertThatThrownBy(renameWorkspace::run).isInstanceOf(InvalidUpdateException.class);
    // a no-op is fine in every status
    update(PlacementPatch.empty());
  }

  @ParameterizedTest
  @EnumSource(ProvisioningStatus.class)
  void deletionFollowsTheStatusTable(ProvisioningStatus status) {
    reach(status);
    DeletePlacementCommand delete = new DeletePlacementCommand(NAME, Optional.empty());

    switch (status) {
      case PENDING, QUEUED, IN_PROGRESS -> {
        sim.placements().delete(delete);
        assertThat(
                sim.placements()
                    .list(io.workloadplacement.domain.port.in.PlacementQuery.all())
                    .items())
            .isEmpty();
      }
      case SUCCESSFUL, COMPLETED, FAILED -> {
        assertThatThrownBy(() -> sim.placements().delete(delete))
            .isInstanceOf(DeletionRestrictedException.class);
        assertThat(statusOf(sim, NAME)).isEqualTo(status);
      }
    }
  }

  private void reach(ProvisioningStatus status) {
    if (status == ProvisioningStatus.FAILED) {
      sim.faults()
          .add(
              FaultRule.always(
                  FaultMatch.any().stepName("cuda"), new FaultEffect.FailStep("", "no")));
    }
    sim.placements().create(new CreatePlacementCommand(SamplePlacements.seedNamed(NAME)));
    sim.advance(WHEN.get(status));
    assertThat(statusOf(sim, NAME)).isEqualTo(status);
  }

  private void update(PlacementPatch patch) {
    sim.placements().update(new UpdatePlacementCommand(NAME, patch, Optional.empty()));
  }
}

package io.workloadplacement.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A jump is a fold of the placement's own transitions, landing exactly now. */
class StatusJumpTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:00:00Z");
  private static final Instant NOW = T0.plus(Duration.ofDays(2));

  /** Admission 2s, provisioning 10s, every step 3s. */
  private static final LifecyclePace PACE =
      new LifecyclePace() {
        @Override
        public Duration admission() {
          return Duration.ofSeconds(2);
        }

        @Override
        public Duration provisioning() {
          return Duration.ofSeconds(10);
        }

        @Override
        public Duration stepTime(Step step) {
          return Duration.ofSeconds(3);
        }

        @Override
        public String successMessage(WorkloadPlacementSpec spec, Step step) {
          return step.name() + " ok";
        }

        @Override
        public String jumpFailureMessage() {
          return "jumped to Failed";
        }
      };

  private static WorkloadPlacement created() {
    return new WorkloadPlacement(
        SamplePlacements.oneCommand("abc", "p", List.of("w1", "w2")).toSpec(),
        PlacementStatus.pending(T0),
        T0,
        null);
  }

  @ParameterizedTest
  @EnumSource(ProvisioningStatus.class)
  void aJumpFromEveryStatusLandsOnTheTargetNow(ProvisioningStatus target) {
    for (ProvisioningStatus from : ProvisioningStatus.values()) {
      WorkloadPlacement start = StatusJump.to(created(), from, T0.plusSeconds(60), PACE);

      WorkloadPlacement jumped = StatusJump.to(start, target, NOW, PACE);

      assertThat(jumped.provisioningStatus()).isEqualTo(target);
      assertThat(jumped.status().lastUpdated()).isEqualTo(NOW);
      assertThat(jumped.spec()).isEqualTo(start.spec());
      Instant started = NOW.minus(StatusJump.elapsedUntil(start.spec(), target, PACE));
      assertThat(jumped.createdAt())
          .as("created no later than the jumped lifecycle started")
          .isEqualTo(start.createdAt().isBefore(started) ? start.createdAt() : started);
    }
  }

  @ParameterizedTest
  @EnumSource(ProvisioningStatus.class)
  void aJumpIsTheFoldOfTheTransitionsAtThePace(ProvisioningStatus target) {
    Instant start = NOW.minus(StatusJump.elapsedUntil(created().spec(), target, PACE));
    WorkloadPlacement walked =
        new WorkloadPlacement(created().spec(), PlacementStatus.pending(start), T0, null);
    Instant at = start;
    if (target != ProvisioningStatus.PENDING) {
      walked = walked.admit(at = at.plusSeconds(2));
    }
    if (target.compareTo(ProvisioningStatus.QUEUED) > 0) {
      walked = walked.startProvisioning(at = at.plusSeconds(10));
    }
    if (target == ProvisioningStatus.FAILED) {
      walked =
          walked.recordStep(
              "w1",
              new StepResult(
                  "hello", StepType.COMMAND, false, Duration.ofSeconds(3), "jumped to Failed"),
              at.plusSeconds(3));
    }
    if (target == ProvisioningStatus.SUCCESSFUL || target == ProvisioningStatus.COMPLETED) {
      StepResult ok =
          new StepResult("hello", StepType.COMMAND, true, Duration.ofSeconds(3), "hello ok");
      at = at.plusSeconds(3);
      walked = walked.recordStep("w1", ok, at).recordStep("w2", ok, at);
    }
    if (target == ProvisioningStatus.COMPLETED) {
      walked = walked.complete(at.plus(Duration.ofHours(1)));
    }

    assertThat(StatusJump.to(created(), target, NOW, PACE)).isEqualTo(walked);
  }

  @ParameterizedTest
  @EnumSource(
      value = ProvisioningStatus.class,
      names = {"SUCCESSFUL", "COMPLETED"})
  void theBurstOfAJumpedPlacementStartsOrEndsNow(ProvisioningStatus target) {
    WorkloadPlacement jumped = StatusJump.to(created(), target, NOW, PACE);

    if (target == ProvisioningStatus.SUCCESSFUL) {
      assertThat(jumped.burstStartedAt()).contains(NOW);
    } else {
      assertThat(jumped.burstEndsAt()).contains(NOW);
    }
  }
}

package io.workloadplacement.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.failure.IllegalTransitionException;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The placement's own transitions, pure: every (status, operation) pair, and what each records. */
class PlacementTransitionsTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:00:00Z");
  private static final Instant LATER = T0.plusSeconds(60);

  /** Each operation, the status it moves to, and the statuses it is allowed from. */
  private record Operation(
      UnaryOperator<WorkloadPlacement> apply,
      ProvisioningStatus to,
      List<ProvisioningStatus> from) {}

  private static final Map<String, Operation> OPERATIONS =
      Map.of(
          "admit",
          new Operation(
              p -> p.admit(LATER), ProvisioningStatus.QUEUED, List.of(ProvisioningStatus.PENDING)),
          "startProvisioning",
          new Operation(
              p -> p.startProvisioning(LATER),
              ProvisioningStatus.IN_PROGRESS,
              List.of(ProvisioningStatus.QUEUED)),
          "recordStep (success)",
          new Operation(
              p -> p.recordStep("w1", result(true), LATER),
              ProvisioningStatus.SUCCESSFUL,
              List.of(ProvisioningStatus.IN_PROGRESS)),
          "recordStep (failure)",
          new Operation(
              p -> p.recordStep("w1", result(false), LATER),
              ProvisioningStatus.FAILED,
              List.of(ProvisioningStatus.IN_PROGRESS)),
          "complete",
          new Operation(
              p -> p.complete(LATER),
              ProvisioningStatus.COMPLETED,
              List.of(ProvisioningStatus.SUCCESSFUL)),
          "fail",
          new Operation(
              p -> p.fail("ClusterGone", "cluster removed", LATER),
              ProvisioningStatus.FAILED,
              List.of(ProvisioningStatus.QUEUED, ProvisioningStatus.IN_PROGRESS)));

  private static StepResult result(boolean success) {
    return new StepResult(
        "hello", StepType.COMMAND, success, Duration.ofSeconds(2), success ? "done" : "broke");
  }

  private static WorkloadPlacement pending(List<String> clusters) {
    return new WorkloadPlacement(
        SamplePlacements.oneCommand("abc", "p", clusters).toSpec(),
        PlacementStatus.pending(T0),
        T0,
        null);
  }

  /** A one-cluster placement brought to {@code status} by its own transitions. */
  static WorkloadPlacement in(ProvisioningStatus status) {
    WorkloadPlacement p = pending(List.of("w1"));
    return switch (status) {
      case PENDING -> p;
      case QUEUED -> p.admit(T0);
      case IN_PROGRESS -> p.admit(T0).startProvisioning(T0);
      case SUCCESSFUL -> p.admit(T0).startProvisioning(T0).recordStep("w1", result(true), T0);
      case COMPLETED ->
          p.admit(T0).startProvisioning(T0).recordStep("w1", result(true), T0).complete(T0);
      case FAILED -> p.admit(T0).fail("ClusterGone", "cluster removed", T0);
    };
  }

  static Stream<Arguments> everyStatusAndOperation() {
    List<Arguments> cases = new ArrayList<>();
    for (ProvisioningStatus status : ProvisioningStatus.values()) {
      for (String op : OPERATIONS.keySet()) {
        cases.add(Arguments.of(status, op));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} from {0}")
  @MethodSource("everyStatusAndOperation")
  void anOperationMovesOnExactlyFromTheStatusesTheContractAllows(
      ProvisioningStatus from, String name) {
    Operation op = OPERATIONS.get(name);
    WorkloadPlacement before = in(from);
    assertThat(before.provisioningStatus()).isEqualTo(from);

    if (op.from().contains(from)) {
      WorkloadPlacement after = op.apply().apply(before);
      assertThat(after.provisioningStatus()).isEqualTo(op.to());
      assertThat(after.status().lastUpdated()).isEqualTo(LATER);
      assertThat(after.spec()).isEqualTo(before.spec());
      assertThat(op.apply().apply(before)).as("pure: same input, same result").isEqualTo(after);
    } else {
      assertThatThrownBy(() -> op.apply().apply(before))
          .isInstanceOfSatisfying(
              IllegalTransitionException.class,
              e -> {
                assertThat(e.from()).isEqualTo(from);
                assertThat(e.to()).isEqualTo(op.to());
              });
    }
    assertThat(before).as("the placement it was applied to is unchanged").isEqualTo(in(from));
  }

  @Test
  void admissionQueuesOnEveryClusterAndProvisioningStartsTheFirstStepEverywhere() {
    WorkloadPlacement queued = pending(List.of("w1", "w2")).admit(LATER);
    assertThat(queued.status().clusterPlacementDecisions())
        .extracting(ClusterPlacementDecision::phase)
        .containsExactly(Phase.QUEUED, Phase.QUEUED);

    WorkloadPlacement started = queued.startProvisioning(LATER.plusSeconds(1));
    assertThat(started.status().clusterPlacementDecisions())
        .allSatisfy(
            d -> {
              assertThat(d.phase()).isEqualTo(Phase.DEPLOYING);
              assertThat(d.currentStep()).isEqualTo("hello");
              assertThat(d.startTime()).isEqualTo(LATER.plusSeconds(1));
            });
  }

  @Test
  void aPlacementIsSuccessfulOnlyWhenEveryClusterIsDoneAndTheBurstStartsThen() {
    WorkloadPlacement started = pending(List.of("w1", "w2")).admit(T0).startProvisioning(T0);

    WorkloadPlacement oneDone = started.recordStep("w1", result(true), T0.plusSeconds(5));
    assertThat(oneDone.provisioningStatus()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    WorkloadPlacement bothDone = oneDone.recordStep("w2", result(true), T0.plusSeconds(7));

    assertThat(bothDone.provisioningStatus()).isEqualTo(ProvisioningStatus.SUCCESSFUL);
    assertThat(bothDone.burstStartedAt()).contains(T0.plusSeconds(7));
    assertThat(bothDone.status().condition(Condition.COMMAND_EXECUTED))
        .hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("CommandSucceeded"));
  }

  @Test
  void aFailedStepFailsThePlacementAndStopsTheOtherClusters() {
    WorkloadPlacement failed =
        pending(List.of("w1", "w2"))
            .admit(T0)
            .startProvisioning(T0)
            .recordStep("w2", result(false), LATER);

    assertThat(failed.provisioningStatus()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.status().message()).isEqualTo("Step hello failed on cluster w2: broke");
    assertThat(failed.status().clusterPlacementDecisions())
        .extracting(ClusterPlacementDecision::phase)
        .containsExactly(Phase.FAILED, Phase.FAILED);
    assertThat(failed.status().condition(Condition.COMMAND_EXECUTED))
        .hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("CommandFailed"));
  }

  @Test
  void aResultForAStepTheClusterIsNotRunningIsRefused() {
    WorkloadPlacement started = in(ProvisioningStatus.IN_PROGRESS);
    StepResult other = new StepResult("other", StepType.COMMAND, true, Duration.ZERO, "x");

    assertThatThrownBy(() -> started.recordStep("w1", other, LATER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> started.recordStep("w9", result(true), LATER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void completionKeepsWhenEachClusterFinished() {
    WorkloadPlacement completed = in(ProvisioningStatus.SUCCESSFUL).complete(LATER);

    assertThat(completed.status().clusterPlacementDecisions())
        .allSatisfy(
            d -> {
              assertThat(d.phase()).isEqualTo(Phase.COMPLETED);
              assertThat(d.completionTime()).isEqualTo(T0);
            });
    assertThat(completed.status().message()).isEqualTo("Burst of 1h elapsed; workload completed");
  }
}

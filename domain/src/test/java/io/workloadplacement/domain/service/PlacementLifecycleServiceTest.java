package io.workloadplacement.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.failure.IllegalTransitionException;
import io.workloadplacement.domain.fixtures.FixedWorkspaces;
import io.workloadplacement.domain.fixtures.InMemoryFakeRepository;
import io.workloadplacement.domain.fixtures.MutableClock;
import io.workloadplacement.domain.fixtures.RecordingEvents;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.model.ClusterPlacementDecision;
import io.workloadplacement.domain.model.Condition;
import io.workloadplacement.domain.model.ConditionStatus;
import io.workloadplacement.domain.model.Phase;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.rules.LifecycleTransitions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlacementLifecycleServiceTest {

  private static final String NAME = SamplePlacements.SEED_NAME;

  private final InMemoryFakeRepository repository = new InMemoryFakeRepository();
  private final RecordingEvents events = new RecordingEvents();
  private final MutableClock clock = MutableClock.atSeedTime();
  private final PlacementService placements =
      new PlacementService(
          repository, FixedWorkspaces.any(), Validators.placementValidator(), events, clock);
  private final PlacementLifecycleService lifecycle =
      new PlacementLifecycleService(repository, events, clock);

  private PlacementStatus statusOf(VersionedPlacement placement) {
    return placement.placement().status();
  }

  @Test
  void admissionQueuesThePlacementOnEveryCluster() {
    placements.create(twoClusters());
    clock.advance(Duration.ofSeconds(2));

    PlacementStatus status = statusOf(lifecycle.admit(NAME));

    assertThat(status.provisioningStatus()).isEqualTo(ProvisioningStatus.QUEUED);
    assertThat(status.phase()).isEqualTo(Phase.QUEUED);
    assertThat(status.lastUpdated()).isEqualTo(clock.instant());
    assertThat(status.message()).contains("worker-1, worker-2");
    assertThat(status.clusterPlacementDecisions())
        .extracting(ClusterPlacementDecision::clusterName, ClusterPlacementDecision::phase)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("worker-1", Phase.QUEUED),
            org.assertj.core.groups.Tuple.tuple("worker-2", Phase.QUEUED));
  }

  @Test
  void provisioningStartsTheFirstStepOnEveryCluster() {
    placements.create(twoClusters());
    lifecycle.admit(NAME);
    clock.advance(Duration.ofSeconds(10));

    PlacementStatus status = statusOf(lifecycle.startProvisioning(NAME));

    assertThat(status.provisioningStatus()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(status.phase()).isEqualTo(Phase.DEPLOYING);
    assertThat(status.clusterPlacementDecisions())
        .allSatisfy(
            d -> {
              assertThat(d.phase()).isEqualTo(Phase.DEPLOYING);
              assertThat(d.currentStep()).isEqualTo("hello");
              assertThat(d.startTime()).isEqualTo(clock.instant());
              assertThat(d.completionTime()).isNull();
              assertThat(d.stepResults()).isEmpty();
            });
  }

  @Test
  void stepsAdvanceInOrderAndReportTheirConditions() {
    placements.create(SamplePlacements.seed());
    lifecycle.admit(NAME);
    lifecycle.startProvisioning(NAME);
    clock.advance(Duration.ofSeconds(2));

    PlacementStatus afterCommand =
        statusOf(
            lifecycle.recordStepResult(NAME, "worker-1", ok("create-namespace", StepType.COMMAND)));

    assertThat(afterCommand.provisioningStatus()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(afterCommand.decision("worker-1").orElseThrow().currentStep()).isEqualTo("cuda");
    Condition executed = afterCommand.condition(Condition.COMMAND_EXECUTED).orElseThrow();
    assertThat(executed.status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(executed.reason()).isEqualTo("CommandSucceeded");
    assertThat(executed.lastTransitionTime()).isEqualTo(clock.instant());

    clock.advance(Duration.ofSeconds(15));
    PlacementStatus afterHelm =
        statusOf(lifecycle.recordStepResult(NAME, "worker-1", ok("cuda", StepType.HELM)));
    assertThat(afterHelm.condition(Condition.HELM_INSTALL_COMPLETE).orElseThrow().reason())
        .isEqualTo("HelmInstallSucceeded");
    assertThat(afterHelm.decision("worker-1").orElseThrow().currentStep())
        .isEqualTo("sample-configmap");

    clock.advance(Duration.ofSeconds(1));
    VersionedPlacement done =
        lifecycle.recordStepResult(NAME, "worker-1", ok("sample-configmap", StepType.MANIFEST));
    PlacementStatus successful = statusOf(done);

    assertThat(successful.provisioningStatus()).isEqualTo(ProvisioningStatus.SUCCESSFUL);
    assertThat(successful.phase()).isEqualTo(Phase.RUNNING);
    assertThat(successful.message()).isEqualTo("Workload successfully deployed");
    assertThat(successful.conditions())
        .extracting(Condition::type)
        .containsExactly(
            Condition.COMMAND_EXECUTED,
            Condition.HELM_INSTALL_COMPLETE,
            Condition.MANIFEST_APPLIED);
    ClusterPlacementDecision decision = successful.decision("worker-1").orElseThrow();
    assertThat(decision.phase()).isEqualTo(Phase.RUNNING);
    assertThat(decision.currentStep()).isNull();
    assertThat(decision.completionTime()).isEqualTo(clock.instant());
    assertThat(decision.stepResults())
        .extracting(StepResult::name)
        .containsExactly("create-namespace", "cuda", "sample-configmap");
    assertThat(done.placement().burstStartedAt()).contains(clock.instant());
    assertThat(done.placement().burstEndsAt())
        .contains(clock.instant().plus(Duration.ofMinutes(15)));
  }

  @Test
  void aPlacementIsSuccessfulOnlyWhenEveryClusterIsDone() {
    placements.create(twoClusters());
    lifecycle.admit(NAME);
    lifecycle.startProvisioning(NAME);

    VersionedPlacement oneDone =
        lifecycle.recordStepResult(NAME, "worker-1", ok("hello", StepType.COMMAND));
    assertThat(oneDone.placement().provisioningStatus()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(oneDone.placement().burstEndsAt()).isEmpty();

    clock.advance(Duration.ofSeconds(3));
    VersionedPlacement bothDone =
        lifecycle.recordStepResult(NAME, "worker-2", ok("hello", StepType.COMMAND));
    assertThat(bothDone.placement().provisioningStatus()).isEqualTo(ProvisioningStatus.SUCCESSFUL);
    assertThat(bothDone.placement().burstStartedAt()).contains(clock.instant());
  }

  @Test
  void aFailedStepFailsThePlacementAndStopsTheOtherClusters() {
    placements.create(twoClusters());
    lifecycle.admit(NAME);
    lifecycle.startProvisioning(NAME);

    PlacementStatus status =
        statusOf(
            lifecycle.recordStepResult(
                NAME,
                "worker-2",
                new StepResult(
                    "hello", StepType.COMMAND, false, Duration.ofSeconds(2), "exit status 1")));

    assertThat(status.provisioningStatus()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(status.phase()).isEqualTo(Phase.FAILED);
    assertThat(status.message()).isEqualTo("Step hello failed on cluster worker-2: exit status 1");
    Condition condition = status.condition(Condition.COMMAND_EXECUTED).orElseThrow();
    assertThat(condition.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(condition.reason()).isEqualTo("CommandFailed");
    assertThat(condition.message()).isEqualTo("exit status 1");
    assertThat(status.clusterPlacementDecisions())
        .allSatisfy(
            d -> {
              assertThat(d.phase()).isEqualTo(Phase.FAILED);
              assertThat(d.completionTime()).isEqualTo(clock.instant());
            });
  }

  @Test
  void aResultForAStepThatIsNotRunningIsRefused() {
    placements.create(SamplePlacements.seed());
    lifecycle.admit(NAME);
    lifecycle.startProvisioning(NAME);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> lifecycle.recordStepResult(NAME, "worker-1", ok("cuda", StepType.HELM)));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                lifecycle.recordStepResult(
                    NAME, "worker-1", ok("create-namespace", StepType.HELM)));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                lifecycle.recordStepResult(
                    NAME, "worker-9", ok("create-namespace", StepType.COMMAND)));
  }

  @Test
  void completionEndsTheBurstOnEveryCluster() {
    placements.create(SamplePlacements.seed());
    LifecycleWalk.to(lifecycle, NAME, ProvisioningStatus.SUCCESSFUL);
    Instant burstStart =
        repository.find(NAME).orElseThrow().placement().burstStartedAt().orElseThrow();
    clock.advance(Duration.ofMinutes(15));

    VersionedPlacement completed = lifecycle.complete(NAME);

    assertThat(completed.placement().provisioningStatus()).isEqualTo(ProvisioningStatus.COMPLETED);
    assertThat(statusOf(completed).phase()).isEqualTo(Phase.COMPLETED);
    assertThat(statusOf(completed).clusterPlacementDecisions())
        .allSatisfy(d -> assertThat(d.phase()).isEqualTo(Phase.COMPLETED));
    assertThat(completed.placement().burstStartedAt()).contains(burstStart);
  }

  @Test
  void failureForAnotherReasonRecordsItsCondition() {
    placements.create(SamplePlacements.seed());
    lifecycle.admit(NAME);

    PlacementStatus status =
        statusOf(lifecycle.fail(NAME, "ClusterGone", "cluster worker-1 was removed"));

    assertThat(status.provisioningStatus()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(status.message()).isEqualTo("cluster worker-1 was removed");
    assertThat(status.condition("Failed").orElseThrow().reason()).isEqualTo("ClusterGone");
  }

  @Test
  void everyTransitionIsAnnouncedInOrder() {
    placements.create(SamplePlacements.oneCommand("abc", NAME, List.of("w1")));
    LifecycleWalk.to(lifecycle, NAME, ProvisioningStatus.COMPLETED);

    assertThat(events.events())
        .extracting(e -> e.type() + " " + e.placement().placement().provisioningStatus())
        .containsExactly(
            "ADDED Pending",
            "MODIFIED Queued",
            "MODIFIED InProgress",
            "MODIFIED Successful",
            "MODIFIED Completed");
    assertThat(
            events.events().stream()
                .map(PlacementEvent::placement)
                .map(VersionedPlacement::version)
                .distinct())
        .hasSize(5);
  }

  /** Each lifecycle operation and the status it moves to. */
  private static final Map<String, ProvisioningStatus> OPERATIONS =
      Map.of(
          "admit", ProvisioningStatus.QUEUED,
          "startProvisioning", ProvisioningStatus.IN_PROGRESS,
          "complete", ProvisioningStatus.COMPLETED,
          "fail", ProvisioningStatus.FAILED);

  private Function<String, VersionedPlacement> operation(String name) {
    return switch (name) {
      case "admit" -> lifecycle::admit;
      case "startProvisioning" -> lifecycle::startProvisioning;
      case "complete" -> lifecycle::complete;
      case "fail" -> n -> lifecycle.fail(n, "Test", "test");
      default -> throw new IllegalArgumentException(name);
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
  void anOperationSucceedsExactlyWhenTheTableHasItsTransition(ProvisioningStatus from, String op) {
    placements.create(SamplePlacements.oneCommand("abc", NAME, List.of("w1")));
    LifecycleWalk.to(lifecycle, NAME, from);
    VersionedPlacement before = repository.find(NAME).orElseThrow();
    ProvisioningStatus to = OPERATIONS.get(op);

    if (LifecycleTransitions.allows(from, to)) {
      assertThat(operation(op).apply(NAME).placement().provisioningStatus()).isEqualTo(to);
    } else {
      assertThatThrownBy(() -> operation(op).apply(NAME))
          .isInstanceOfSatisfying(
              IllegalTransitionException.class,
              e -> {
                assertThat(e.from()).isEqualTo(from);
                assertThat(e.to()).isEqualTo(to);
              });
      assertThat(repository.find(NAME)).contains(before);
    }
  }

  @Test
  void stepResultsAreRefusedOutsideInProgress() {
    placements.create(SamplePlacements.oneCommand("abc", NAME, List.of("w1")));
    lifecycle.admit(NAME);
    assertThatThrownBy(() -> lifecycle.recordStepResult(NAME, "w1", ok("hello", StepType.COMMAND)))
        .isInstanceOf(IllegalTransitionException.class);
  }

  private static PlacementDraft twoClusters() {
    return SamplePlacements.oneCommand("abc", NAME, List.of("worker-1", "worker-2"));
  }

  private static StepResult ok(String step, StepType type) {
    return new StepResult(step, type, true, Duration.ofSeconds(1), step + " done");
  }
}

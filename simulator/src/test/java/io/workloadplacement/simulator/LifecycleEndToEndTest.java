package io.workloadplacement.simulator;

import static io.workloadplacement.simulator.Sims.T0;
import static io.workloadplacement.simulator.Sims.fullStatusOf;
import static io.workloadplacement.simulator.Sims.placement;
import static io.workloadplacement.simulator.Sims.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.PlacementPatches;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.ClusterPlacementDecision;
import io.workloadplacement.domain.model.Condition;
import io.workloadplacement.domain.model.ConditionStatus;
import io.workloadplacement.domain.model.GprDetails;
import io.workloadplacement.domain.model.Phase;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.simulator.fault.FaultEffect;
import io.workloadplacement.simulator.fault.FaultMatch;
import io.workloadplacement.simulator.fault.FaultRule;
import io.workloadplacement.simulator.topology.TimingProfile;
import io.workloadplacement.simulator.topology.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifecycleEndToEndTest {

  private static final String SEED = SamplePlacements.SEED_NAME;

  private Simulator sim = Sims.manual();

  @AfterEach
  void close() {
    sim.close();
  }

  @Test
  void seedPlacementGoesThroughEveryStatusAndPhaseInOrderOnTheProfilesTimings() {
    List<PlacementEvent> events = new ArrayList<>();
    sim.subscribe(events::add);
    sim.placements().create(new CreatePlacementCommand(SamplePlacements.seed()));

    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.PENDING);
    sim.advance(Duration.ofMillis(1999));
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.PENDING);

    sim.advance(Duration.ofMillis(1)); // admission 2s
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.QUEUED);
    assertThat(sim.cluster("worker-1").orElseThrow().gpuHolders()).containsExactly(SEED);

    sim.advance(Duration.ofSeconds(10)); // provisioning 10s
    PlacementStatus deploying = fullStatusOf(sim, SEED);
    assertThat(deploying.provisioningStatus()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(deploying.phase()).isEqualTo(Phase.DEPLOYING);
    ClusterPlacementDecision d = deploying.decision("worker-1").orElseThrow();
    assertThat(d.currentStep()).isEqualTo("create-namespace");
    assertThat(d.startTime()).isEqualTo(T0.plusSeconds(12));

    sim.advance(Duration.ofSeconds(2)); // command 2s
    d = fullStatusOf(sim, SEED).decision("worker-1").orElseThrow();
    assertThat(d.currentStep()).isEqualTo("cuda");
    assertThat(d.stepResults()).extracting(StepResult::name).containsExactly("create-namespace");

    sim.advance(Duration.ofSeconds(15)); // helm 15s
    assertThat(fullStatusOf(sim, SEED).decision("worker-1").orElseThrow().currentStep())
        .isEqualTo("sample-configmap");

    sim.advance(Duration.ofSeconds(1)); // manifest 1s
    PlacementStatus running = fullStatusOf(sim, SEED);
    assertThat(running.provisioningStatus()).isEqualTo(ProvisioningStatus.SUCCESSFUL);
    assertThat(running.phase()).isEqualTo(Phase.RUNNING);
    assertThat(running.message()).isEqualTo("Workload successfully deployed");
    ClusterPlacementDecision done = running.decision("worker-1").orElseThrow();
    assertThat(done.phase()).isEqualTo(Phase.RUNNING);
    assertThat(done.currentStep()).isNull();
    assertThat(done.completionTime()).isEqualTo(T0.plusSeconds(30));
    assertThat(done.stepResults())
        .extracting(StepResult::name, StepResult::type, StepResult::success, StepResult::duration)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "create-namespace", StepType.COMMAND, true, Duration.ofSeconds(2)),
            org.assertj.core.groups.Tuple.tuple(
                "cuda", StepType.HELM, true, Duration.ofSeconds(15)),
            org.assertj.core.groups.Tuple.tuple(
                "sample-configmap", StepType.MANIFEST, true, Duration.ofSeconds(1)));
    assertThat(running.condition(Condition.HELM_INSTALL_COMPLETE).orElseThrow())
        .extracting(Condition::status, Condition::reason, Condition::message)
        .containsExactly(
            ConditionStatus.TRUE,
            "HelmInstallSucceeded",
            "Helm release cuda installed successfully");
    assertThat(running.condition(Condition.COMMAND_EXECUTED)).isPresent();
    assertThat(running.condition(Condition.MANIFEST_APPLIED)).isPresent();

    sim.advance(Duration.ofMinutes(15).minusMillis(1));
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.SUCCESSFUL);
    sim.advance(Duration.ofMillis(1)); // burst 15m
    PlacementStatus completed = fullStatusOf(sim, SEED);
    assertThat(completed.provisioningStatus()).isEqualTo(ProvisioningStatus.COMPLETED);
    assertThat(completed.phase()).isEqualTo(Phase.COMPLETED);
    assertThat(completed.lastUpdated()).isEqualTo(T0.plusSeconds(30).plus(Duration.ofMinutes(15)));
    assertThat(sim.cluster("worker-1").orElseThrow().gpusInUse()).isZero();

    assertThat(events)
        .extracting(e -> e.placement().placement().provisioningStatus())
        .containsSubsequence(
            ProvisioningStatus.PENDING,
            ProvisioningStatus.QUEUED,
            ProvisioningStatus.IN_PROGRESS,
            ProvisioningStatus.SUCCESSFUL,
            ProvisioningStatus.COMPLETED);
    assertThat(events.get(0).type()).isEqualTo(PlacementEvent.Type.ADDED);
  }

  @Test
  void oneAdvanceOverTheWholeLifeRunsEveryTransitionAtItsOwnTime() {
    sim.placements().create(new CreatePlacementCommand(SamplePlacements.seed()));

    Duration life = Duration.ofSeconds(30).plus(Duration.ofMinutes(15));
    assertThat(sim.advance(life.plusSeconds(5))).isEqualTo(T0.plus(life).plusSeconds(5));

    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.COMPLETED);
    assertThat(fullStatusOf(sim, SEED).lastUpdated()).isEqualTo(T0.plus(life));
    assertThat(sim.timeline(SEED).entries())
        .filteredOn(e -> e.to().isPresent() && e.from().isPresent())
        .extracting(e -> e.at())
        .containsExactly(T0.plusSeconds(2), T0.plusSeconds(12), T0.plusSeconds(30), T0.plus(life));
  }

  @Test
  void multiClusterPlacementSucceedsOnlyWhenEveryClusterHasFinished() {
    // the helm step is slower on worker-2, so worker-1 finishes first
    sim.faults()
        .add(
            FaultRule.always(
                FaultMatch.any().cluster("worker-2").stepType(StepType.HELM),
                new FaultEffect.Latency(Duration.ofSeconds(20))));
    sim.placements()
        .create(new CreatePlacementCommand(onClusters("two", List.of("worker-1", "worker-2"))));
    sim.advance(Duration.ofSeconds(30));

    PlacementStatus partial = fullStatusOf(sim, "two");
    assertThat(partial.provisioningStatus()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(partial.decision("worker-1").orElseThrow().phase()).isEqualTo(Phase.RUNNING);
    assertThat(partial.decision("worker-2").orElseThrow().phase()).isEqualTo(Phase.DEPLOYING);
    assertThat(partial.decision("worker-2").orElseThrow().currentStep()).isEqualTo("cuda");

    sim.advance(Duration.ofSeconds(20));
    PlacementStatus all = fullStatusOf(sim, "two");
    assertThat(all.provisioningStatus()).isEqualTo(ProvisioningStatus.SUCCESSFUL);
    assertThat(all.decision("worker-2").orElseThrow().stepResults().get(1).duration())
        .isEqualTo(Duration.ofSeconds(35));
    assertThat(placement(sim, "two").burstStartedAt()).contains(T0.plusSeconds(50));
  }

  @Test
  void aFaultOnOneStepOfOneClusterFailsThePlacementWithTheStepsCondition() {
    sim.faults()
        .add(
            FaultRule.always(
                FaultMatch.any().placement("tw*").cluster("worker-2").stepName("cuda"),
                new FaultEffect.FailStep("ImagePullBackOff", "image vaidio/cuda not found")));
    sim.placements()
        .create(new CreatePlacementCommand(onClusters("two", List.of("worker-1", "worker-2"))));
    sim.advance(Duration.ofSeconds(29)); // the helm step ends at 12 + 2 + 15

    PlacementStatus failed = fullStatusOf(sim, "two");
    assertThat(failed.provisioningStatus()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(failed.phase()).isEqualTo(Phase.FAILED);
    assertThat(failed.condition(Condition.HELM_INSTALL_COMPLETE).orElseThrow())
        .extracting(Condition::status, Condition::reason, Condition::message)
        .containsExactly(
            ConditionStatus.FALSE,
            "HelmInstallFailed",
            "ImagePullBackOff: image vaidio/cuda not found");
    assertThat(failed.message()).contains("cuda").contains("worker-2");
    StepResult failedStep = failed.decision("worker-2").orElseThrow().stepResults().get(1);
    assertThat(failedStep.success()).isFalse();
    assertThat(failed.decision("worker-2").orElseThrow().phase()).isEqualTo(Phase.FAILED);
    assertThat(failed.decision("worker-1").orElseThrow().phase()).isEqualTo(Phase.FAILED);
    // the failed placement gives its GPUs back and nothing more happens to it
    assertThat(sim.clusters()).allSatisfy(c -> assertThat(c.gpusInUse()).isZero());
    sim.advance(Duration.ofHours(1));
    assertThat(statusOf(sim, "two")).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(sim.timeline("two").next()).isEmpty();
  }

  @Test
  void gpuExhaustionKeepsAPlacementQueuedUntilAnotherCompletes() {
    sim.close();
    sim = Sims.manual(topology(Map.of("worker-1", 1)));
    sim.placements()
        .create(
            new CreatePlacementCommand(
                SamplePlacements.oneCommand("abc", "first", List.of("worker-1"))));
    sim.advance(Duration.ofSeconds(1));
    sim.placements()
        .create(
            new CreatePlacementCommand(
                SamplePlacements.oneCommand("abc", "second", List.of("worker-1"))));
    sim.advance(Duration.ofMinutes(30));

    assertThat(statusOf(sim, "first")).isEqualTo(ProvisioningStatus.SUCCESSFUL);
    assertThat(statusOf(sim, "second")).isEqualTo(ProvisioningStatus.QUEUED);
    assertThat(sim.timeline("second").waitingForGpusOn()).containsExactly("worker-1");
    assertThat(sim.timeline("second").next()).isEmpty();

    // "first" runs 2 + 10 + 2 seconds, then its one hour burst
    sim.advance(Duration.ofHours(1).plusSeconds(15).minusMinutes(30).minusSeconds(1));
    assertThat(statusOf(sim, "first")).isEqualTo(ProvisioningStatus.COMPLETED);
    assertThat(statusOf(sim, "second")).isEqualTo(ProvisioningStatus.QUEUED);
    assertThat(sim.cluster("worker-1").orElseThrow().gpuHolders()).containsExactly("second");
    assertThat(sim.timeline("second").next().orElseThrow().description())
        .isEqualTo("start provisioning");

    sim.advance(Duration.ofSeconds(10));
    assertThat(statusOf(sim, "second")).isEqualTo(ProvisioningStatus.IN_PROGRESS);
  }

  @Test
  void queuedPlacementsAreGrantedFirstComeFirstServed() {
    sim.close();
    sim = Sims.manual(topology(Map.of("worker-1", 1)));
    sim.placements()
        .create(
            new CreatePlacementCommand(
                SamplePlacements.oneCommand("abc", "holder", List.of("worker-1"))));
    sim.advance(Duration.ofSeconds(20));
    // "zeta" arrives before "alpha": the order of arrival counts, not the name
    sim.placements()
        .create(
            new CreatePlacementCommand(
                SamplePlacements.oneCommand("abc", "zeta", List.of("worker-1"))));
    sim.advance(Duration.ofSeconds(1));
    sim.placements()
        .create(
            new CreatePlacementCommand(
                SamplePlacements.oneCommand("abc", "alpha", List.of("worker-1"))));
    sim.advance(Duration.ofSeconds(5));

    sim.jumpToStatus("holder", ProvisioningStatus.COMPLETED);

    assertThat(sim.cluster("worker-1").orElseThrow().gpuHolders()).containsExactly("zeta");
  }

  @Test
  void aPlacementAskingForTwoTimesTwoGpusWaitsWhileFewerAreFree() {
    sim.close();
    sim = Sims.manual(topology(Map.of("worker-1", 4)));
    sim.placements()
        .create(
            new CreatePlacementCommand(
                SamplePlacements.oneCommand("abc", "holder", List.of("worker-1"))));
    sim.advance(Duration.ofSeconds(5));
    // numberOfGPUs 2 on numberOfGPUNodes 2: four GPUs, while only three are free
    sim.placements()
        .create(
            new CreatePlacementCommand(
                withGpr("big", new GprDetails(40, true, 2, 2, null, null, "2h", 0))));
    sim.advance(Duration.ofMinutes(30));

    assertThat(statusOf(sim, "big")).isEqualTo(ProvisioningStatus.QUEUED);
    assertThat(sim.cluster("worker-1").orElseThrow().gpusInUse()).isEqualTo(1);

    sim.jumpToStatus("holder", ProvisioningStatus.COMPLETED);

    assertThat(sim.cluster("worker-1").orElseThrow().gpuHolders()).containsExactly("big");
    assertThat(sim.cluster("worker-1").orElseThrow().gpusInUse()).isEqualTo(4);
    sim.advance(Duration.ofSeconds(10));
    assertThat(statusOf(sim, "big")).isEqualTo(ProvisioningStatus.IN_PROGRESS);
  }

  @Test
  void aLaterPlacementOfHigherPriorityIsGrantedBeforeAnEarlierOneOfLowerPriority() {
    sim.close();
    sim = Sims.manual(topology(Map.of("worker-1", 1)));
    sim.placements()
        .create(
            new CreatePlacementCommand(
                SamplePlacements.oneCommand("abc", "holder", List.of("worker-1"))));
    sim.advance(Duration.ofSeconds(20));
    sim.placements().create(new CreatePlacementCommand(withGpr("early-low", oneGpuAt(1))));
    sim.advance(Duration.ofSeconds(1));
    sim.placements().create(new CreatePlacementCommand(withGpr("late-high", oneGpuAt(10))));
    sim.advance(Duration.ofSeconds(5));

    sim.jumpToStatus("holder", ProvisioningStatus.COMPLETED);

    assertThat(sim.cluster("worker-1").orElseThrow().gpuHolders()).containsExactly("late-high");
    assertThat(statusOf(sim, "early-low")).isEqualTo(ProvisioningStatus.QUEUED);
  }

  private static GprDetails oneGpuAt(int priority) {
    return new GprDetails(40, true, 1, 1, null, null, "2h", priority);
  }

  /** A one-command placement on worker-1 that asks for GPUs with {@code gpr}. */
  private static PlacementDraft withGpr(String name, GprDetails gpr) {
    PlacementDraft d = SamplePlacements.oneCommand("abc", name, List.of("worker-1"));
    return new PlacementDraft(
        d.workspaceName(),
        d.name(),
        d.clusters(),
        d.burstDuration(),
        d.deletionPolicy(),
        d.helmConfigs(),
        d.manifestResources(),
        d.cmdExec(),
        d.steps(),
        null,
        null,
        null,
        null,
        null,
        gpr);
  }

  @Test
  void deletingTheHolderOfTheLastGpuLetsTheNextOneIn() {
    sim.close();
    sim = Sims.manual(topology(Map.of("worker-1", 1)));
    sim.placements()
        .create(
            new CreatePlacementCommand(
                SamplePlacements.oneCommand("abc", "first", List.of("worker-1"))));
    sim.placements()
        .create(
            new CreatePlacementCommand(
                SamplePlacements.oneCommand("abc", "second", List.of("worker-1"))));
    sim.advance(Duration.ofSeconds(5));
    assertThat(sim.cluster("worker-1").orElseThrow().gpuHolders()).containsExactly("first");

    sim.placements().delete(new DeletePlacementCommand("first", Optional.empty()));

    assertThat(sim.cluster("worker-1").orElseThrow().gpuHolders()).containsExactly("second");
  }

  @Test
  void aClusterWithoutGpusFailsThePlacementInsteadOfQueueingForever() {
    sim.close();
    sim = Sims.manual(topology(Map.of("worker-1", 0)));
    sim.placements()
        .create(
            new CreatePlacementCommand(
                SamplePlacements.oneCommand("abc", "hopeless", List.of("worker-1"))));
    sim.advance(Duration.ofSeconds(2));

    PlacementStatus status = fullStatusOf(sim, "hopeless");
    assertThat(status.provisioningStatus()).isEqualTo(ProvisioningStatus.FAILED);
    assertThat(status.condition("Failed").orElseThrow().reason()).isEqualTo("ClusterUnavailable");
  }

  @Test
  void aLongerBurstDurationWhileRunningMovesTheEnd() {
    sim.placements()
        .create(
            new CreatePlacementCommand(SamplePlacements.seed())); // Successful at +30s, 15m burst
    sim.advance(Duration.ofMinutes(10));
    update(SEED, "20m");

    sim.advance(Duration.ofMinutes(10).plusSeconds(29));
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.SUCCESSFUL);
    sim.advance(Duration.ofSeconds(1));
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.COMPLETED);
    assertThat(fullStatusOf(sim, SEED).lastUpdated())
        .isEqualTo(T0.plusSeconds(30).plus(Duration.ofMinutes(20)));
  }

  @Test
  void aShorterBurstDurationAlreadyPastEndsTheBurstAtOnce() {
    sim.placements().create(new CreatePlacementCommand(SamplePlacements.seed()));
    sim.advance(Duration.ofMinutes(10));

    update(SEED, "5m");

    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.COMPLETED);
    assertThat(fullStatusOf(sim, SEED).lastUpdated()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
  }

  @Test
  void withoutBurstDurationSuccessfulLastsUntilAnUpdateGivesItOne() {
    PlacementDraft seed = SamplePlacements.seed();
    sim.placements()
        .create(
            new CreatePlacementCommand(
                new PlacementDraft(
                    seed.workspaceName(),
                    SEED,
                    seed.clusters(),
                    null,
                    null,
                    seed.helmConfigs(),
                    seed.manifestResources(),
                    seed.cmdExec(),
                    seed.steps())));
    sim.advance(Duration.ofSeconds(30));
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.SUCCESSFUL);

    sim.advance(Duration.ofDays(400));
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.SUCCESSFUL);
    assertThat(sim.cluster("worker-1").orElseThrow().gpuHolders()).containsExactly(SEED);

    // counted from the moment it turned Successful: long past, so it completes at once
    update(SEED, "1h");
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.COMPLETED);
    assertThat(sim.cluster("worker-1").orElseThrow().gpuHolders()).isEmpty();
  }

  @Test
  void aBurstDurationGivenLaterCountsFromSuccess() {
    PlacementDraft seed = SamplePlacements.seed();
    sim.placements()
        .create(
            new CreatePlacementCommand(
                new PlacementDraft(
                    seed.workspaceName(),
                    SEED,
                    seed.clusters(),
                    null,
                    "Retain",
                    seed.helmConfigs(),
                    seed.manifestResources(),
                    seed.cmdExec(),
                    seed.steps())));
    sim.advance(Duration.ofMinutes(10));
    update(SEED, "15m");

    sim.advance(Duration.ofMinutes(5).plusSeconds(29));
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.SUCCESSFUL);
    sim.advance(Duration.ofSeconds(1));
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.COMPLETED);
  }

  @Test
  void aBurstDurationChangedWhileDeployingCountsFromSuccess() {
    sim.placements().create(new CreatePlacementCommand(SamplePlacements.seed()));
    sim.advance(Duration.ofSeconds(20));
    update(SEED, "1m");

    sim.advance(Duration.ofSeconds(10).plus(Duration.ofSeconds(59)));
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.SUCCESSFUL);
    sim.advance(Duration.ofSeconds(1));
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.COMPLETED);
  }

  @Test
  void timingsComeFromTheProfile() {
    sim.close();
    sim =
        Simulator.start(
            SimulatorConfig.defaults()
                .withClock(io.workloadplacement.simulator.clock.ClockMode.MANUAL, 1)
                .withStart(T0)
                .withTimings(TimingProfile.defaults().with("admission", Duration.ofSeconds(30))));
    sim.placements().create(new CreatePlacementCommand(SamplePlacements.seed()));
    sim.advance(Duration.ofSeconds(29));
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.PENDING);
    sim.advance(Duration.ofSeconds(1));
    assertThat(statusOf(sim, SEED)).isEqualTo(ProvisioningStatus.QUEUED);
  }

  @Test
  void changingTheClustersWhileQueuedMovesTheGrantToTheNewClusters() {
    sim.placements().create(new CreatePlacementCommand(SamplePlacements.seed()));
    sim.advance(Duration.ofSeconds(3));
    assertThat(sim.cluster("worker-1").orElseThrow().gpuHolders()).containsExactly(SEED);

    sim.placements()
        .update(
            new UpdatePlacementCommand(
                SEED,
                PlacementPatches.patch().clusters(List.of("worker-9")).build(),
                Optional.empty()));

    assertThat(sim.cluster("worker-1").orElseThrow().gpusInUse()).isZero();
    assertThat(sim.cluster("worker-9").orElseThrow().gpuHolders()).containsExactly(SEED);
    sim.advance(Duration.ofSeconds(10));
    assertThat(fullStatusOf(sim, SEED).decision("worker-9")).isPresent();
  }

  private void update(String name, String burstDuration) {
    sim.placements()
        .update(
            new UpdatePlacementCommand(
                name,
                PlacementPatches.patch().burstDuration(burstDuration).build(),
                Optional.empty()));
  }

  static PlacementDraft onClusters(String name, List<String> clusters) {
    PlacementDraft seed = SamplePlacements.seedNamed(name);
    return new PlacementDraft(
        seed.workspaceName(),
        name,
        clusters,
        seed.burstDuration(),
        seed.deletionPolicy(),
        seed.helmConfigs(),
        seed.manifestResources(),
        seed.cmdExec(),
        seed.steps());
  }

  static Topology topology(Map<String, Integer> gpus) {
    return new Topology(
        false,
        Map.of("abc", List.copyOf(gpus.keySet())),
        gpus,
        Topology.DEFAULT_GPUS,
        TimingProfile.defaults());
  }
}

package io.workloadplacement.simulator.durable;

import static io.workloadplacement.simulator.Sims.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.PlacementPatches;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.GprDetails;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.fault.ApiOperation;
import io.workloadplacement.simulator.fault.FaultEffect;
import io.workloadplacement.simulator.fault.FaultMatch;
import io.workloadplacement.simulator.fault.FaultRule;
import io.workloadplacement.simulator.timeline.Timeline;
import io.workloadplacement.simulator.topology.TimingProfile;
import io.workloadplacement.simulator.topology.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulator restarted on its data directory carries on exactly as one that never stopped: the
 * same script runs on a simulator kept in memory and on one closed and started again on its
 * directory after every step, and the two must agree on everything observable after every step.
 */
class RestartResumesTest {

  private static final Topology TOPOLOGY =
      new Topology(
          false,
          Map.of("abc", List.of("worker-1", "worker-2")),
          Map.of("worker-1", 4, "worker-2", 2),
          8,
          TimingProfile.defaults());

  @TempDir Path dir;

  private Simulator continuous;
  private Simulator restarted;

  @AfterEach
  void close() {
    if (continuous != null) {
      continuous.close();
    }
    if (restarted != null) {
      restarted.close();
    }
  }

  @Test
  void everyStepOfAScriptAgreesWithASimulatorThatNeverStopped() {
    continuous = Simulator.start(config());
    restarted = Simulator.start(config().withDataDir(dir));

    for (Consumer<Simulator> step : script()) {
      step.accept(continuous);
      step.accept(restarted);
      restarted.close();
      // the config given at the restart differs: the directory's clock and seed state win
      restarted =
          Simulator.start(
              config()
                  .withClock(ClockMode.REALTIME, 3)
                  .withStart(Instant.parse("2030-01-01T00:00:00Z"))
                  .withDataDir(dir));
      assertThat(restarted.resumed()).isTrue();
      assertSameState(restarted, continuous);
    }
    // the sequence went on from where it stopped: the next write gets the same, unused version
    assertThat(create(restarted, oneCommand("after", "worker-2")).version())
        .isEqualTo(create(continuous, oneCommand("after", "worker-2")).version());
  }

  @Test
  void aTimerDueAfterTheRestartFiresAtItsSimulatedTime() {
    restarted = Simulator.start(config().withDataDir(dir));
    create(restarted, oneCommand("timed", "worker-2"));
    restarted.advance(Duration.ofMillis(1500)); // admission is due 2 s after creation
    restarted.close();

    restarted = Simulator.start(config().withDataDir(dir));
    assertThat(restarted.clock().now()).isEqualTo(T0.plusMillis(1500));
    restarted.advance(Duration.ofMillis(499));
    assertThat(status(restarted, "timed")).isEqualTo(ProvisioningStatus.PENDING);
    restarted.advance(Duration.ofMillis(1));
    assertThat(status(restarted, "timed")).isEqualTo(ProvisioningStatus.QUEUED);
  }

  @Test
  void aDeletedPlacementsVersionIsNeverGivenAgainAfterARestart() {
    restarted = Simulator.start(config().withDataDir(dir));
    VersionedPlacement first = create(restarted, oneCommand("again", "worker-2"));
    restarted.placements().delete(new DeletePlacementCommand("again", Optional.empty()));
    restarted.close();

    restarted = Simulator.start(config().withDataDir(dir));
    VersionedPlacement second = create(restarted, oneCommand("again", "worker-2"));

    assertThat(second.sequence()).isGreaterThan(first.sequence());
    assertThat(second.version()).isNotEqualTo(first.version());
  }

  private static List<Consumer<Simulator>> script() {
    List<Consumer<Simulator>> steps = new ArrayList<>();
    steps.add(
        sim ->
            sim.faults()
                .set(
                    List.of(
                        FaultRule.always(
                                FaultMatch.any().placement("flaky-*"),
                                new FaultEffect.FailStep("ImagePullBackOff", "image not found"))
                            .withProbability(0.5),
                        FaultRule.always(
                                FaultMatch.any().operation(ApiOperation.GET),
                                new FaultEffect.ApiError(503, "etcd unavailable"))
                            .withTimes(3),
                        FaultRule.always(
                            FaultMatch.any().placement("slow"),
                            new FaultEffect.Latency(Duration.ofSeconds(7))))));
    steps.add(sim -> create(sim, gpu("big-1", 2, 1)));
    steps.add(sim -> create(sim, gpu("big-2", 2, 5)));
    steps.add(sim -> create(sim, gpu("big-3", 1, 9)));
    for (int i = 1; i <= 4; i++) {
      String name = "flaky-" + i;
      steps.add(sim -> create(sim, oneCommand(name, "worker-2")));
    }
    steps.add(sim -> create(sim, oneCommand("doomed", "worker-2")));
    steps.add(sim -> create(sim, seedOn("slow")));
    steps.add(sim -> sim.faults().matchApi(ApiOperation.GET, Optional.of("big-1")));
    steps.add(sim -> sim.advance(Duration.ofMillis(2500)));
    steps.add(sim -> sim.advance(Duration.ofSeconds(9)));
    steps.add(sim -> sim.faults().matchApi(ApiOperation.GET, Optional.of("big-2")));
    steps.add(sim -> sim.advance(Duration.ofMillis(1700)));
    steps.add(sim -> sim.advance(Duration.ofSeconds(3)));
    steps.add(
        sim ->
            sim.placements()
                .update(
                    new UpdatePlacementCommand(
                        "big-3",
                        PlacementPatches.patch().burstDuration("20s").build(),
                        Optional.empty())));
    steps.add(sim -> sim.advance(Duration.ofSeconds(20)));
    steps.add(sim -> sim.jumpToStatus("flaky-4", ProvisioningStatus.FAILED));
    steps.add(sim -> sim.advance(Duration.ofSeconds(11)));
    steps.add(sim -> sim.setClock(Optional.empty(), OptionalDouble.of(7)));
    steps.add(sim -> sim.advance(Duration.ofMinutes(16)));
    steps.add(
        sim -> sim.placements().delete(new DeletePlacementCommand("doomed", Optional.empty())));
    steps.add(sim -> sim.advance(Duration.ofHours(2)));
    return steps;
  }

  private static void assertSameState(Simulator actual, Simulator expected) {
    List<VersionedPlacement> placements = all(expected);
    assertThat(all(actual)).isEqualTo(placements);
    assertThat(actual.clock()).isEqualTo(expected.clock());
    assertThat(actual.clusters()).isEqualTo(expected.clusters());
    assertThat(actual.faults().rules()).isEqualTo(expected.faults().rules());
    assertThat(actual.placementsWaitingForGpus()).isEqualTo(expected.placementsWaitingForGpus());
    for (VersionedPlacement p : placements) {
      String name = p.placement().name();
      Timeline want = expected.timeline(name);
      Timeline got = actual.timeline(name);
      assertThat(got.next()).as("next of " + name).isEqualTo(want.next());
      assertThat(got.waitingForGpusOn())
          .as("waiting of " + name)
          .isEqualTo(want.waitingForGpusOn());
    }
  }

  private static SimulatorConfig config() {
    return SimulatorConfig.defaults()
        .withTopology(TOPOLOGY)
        .withClock(ClockMode.MANUAL, 1)
        .withStart(T0)
        .withSeed(42);
  }

  private static List<VersionedPlacement> all(Simulator sim) {
    return sim.placements().list(PlacementQuery.all()).items();
  }

  private static ProvisioningStatus status(Simulator sim, String name) {
    return all(sim).stream()
        .filter(p -> p.placement().name().equals(name))
        .findFirst()
        .orElseThrow()
        .placement()
        .provisioningStatus();
  }

  private static VersionedPlacement create(Simulator sim, PlacementDraft draft) {
    return sim.placements().create(new CreatePlacementCommand(draft));
  }

  private static PlacementDraft oneCommand(String name, String cluster) {
    return SamplePlacements.oneCommand("abc", name, List.of(cluster));
  }

  private static PlacementDraft seedOn(String name) {
    return SamplePlacements.seedNamed(name);
  }

  private static PlacementDraft gpu(String name, int gpus, int priority) {
    PlacementDraft d = SamplePlacements.oneCommand("abc", name, List.of("worker-1"));
    return new PlacementDraft(
        d.workspaceName(),
        d.name(),
        d.clusters(),
        "30s",
        "Retain",
        d.helmConfigs(),
        d.manifestResources(),
        d.cmdExec(),
        d.steps(),
        null,
        null,
        null,
        null,
        null,
        new GprDetails(40, true, gpus, 2, null, null, "2h", priority));
  }
}

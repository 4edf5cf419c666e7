package io.workloadplacement.simulator;

import static io.workloadplacement.simulator.Sims.T0;
import static io.workloadplacement.simulator.Sims.statusOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.UnknownClusterException;
import io.workloadplacement.domain.failure.UnknownWorkspaceException;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.domain.port.out.PlacementWatch.Subscription;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.clock.ClockState;
import io.workloadplacement.simulator.fault.FaultEffect;
import io.workloadplacement.simulator.fault.FaultMatch;
import io.workloadplacement.simulator.fault.FaultRule;
import io.workloadplacement.simulator.timeline.Timeline;
import io.workloadplacement.simulator.timeline.TimelineEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulatorControlTest {

  private Simulator sim = Sims.manual();

  @AfterEach
  void close() {
    sim.close();
  }

  @Test
  void clockCanBeReadSwitchedAndAdvanced() {
    assertThat(sim.clock()).isEqualTo(new ClockState(T0, ClockMode.MANUAL, 1));

    assertThat(sim.advance(Duration.ofSeconds(90))).isEqualTo(T0.plusSeconds(90));
    ClockState fast = sim.setClock(Optional.empty(), OptionalDouble.of(10));

    assertThat(fast).isEqualTo(new ClockState(T0.plusSeconds(90), ClockMode.MANUAL, 10));
    assertThatThrownBy(() -> sim.setClock(Optional.empty(), OptionalDouble.of(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inRealtimeThePlacementsMoveOnTheirOwn() throws Exception {
    CountDownLatch completed = new CountDownLatch(1);
    sim.subscribe(
        e -> {
          if (e.placement().placement().provisioningStatus() == ProvisioningStatus.COMPLETED) {
            completed.countDown();
          }
        });
    sim.placements()
        .create(
            new CreatePlacementCommand(SamplePlacements.oneCommand("abc", "quick", List.of("w1"))));

    // the whole life is 1h14s simulated: under a second at 100000x
    sim.setClock(Optional.of(ClockMode.REALTIME), OptionalDouble.of(100_000));

    assertThat(completed.await(20, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void resetEmptiesStoreClustersFaultsAndTimeButKeepsTheTopology() {
    sim.close();
    sim = Sims.manual(LifecycleEndToEndTest.topology(Map.of("worker-1", 2)));
    List<PlacementEvent> events = new ArrayList<>();
    sim.subscribe(events::add);
    sim.faults().add(FaultRule.always(FaultMatch.any(), new FaultEffect.Latency(Duration.ZERO)));
    sim.placements().create(new CreatePlacementCommand(SamplePlacements.seed()));
    sim.advance(Duration.ofSeconds(40));

    sim.reset();

    assertThat(sim.placements().list(PlacementQuery.all()).items()).isEmpty();
    assertThat(sim.clock().now()).isEqualTo(T0);
    assertThat(sim.faults().rules()).isEmpty();
    assertThat(sim.clusters())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("worker-1");
              assertThat(c.gpuCapacity()).isEqualTo(2);
              assertThat(c.gpusInUse()).isZero();
              assertThat(c.helmReleases()).isEmpty();
              assertThat(c.commandLog()).isEmpty();
            });
    assertThat(sim.timeline().entries()).isEmpty();
    assertThat(sim.timeline().next()).isEmpty();
    assertThat(events.get(events.size() - 1).type()).isEqualTo(PlacementEvent.Type.DELETED);
    assertThatThrownBy(
            () ->
                sim.placements()
                    .create(
                        new CreatePlacementCommand(
                            SamplePlacements.oneCommand("other", "x", List.of("worker-1")))))
        .isInstanceOf(UnknownWorkspaceException.class);

    // and it runs again from the start
    sim.placements().create(new CreatePlacementCommand(SamplePlacements.seed()));
    sim.advance(Duration.ofSeconds(2));
    assertThat(statusOf(sim, SamplePlacements.SEED_NAME)).isEqualTo(ProvisioningStatus.QUEUED);
  }

  @Test
  void aTopologyFileRefusesUnknownClusters() {
    sim.close();
    sim = Sims.manual(LifecycleEndToEndTest.topology(Map.of("worker-1", 2)));

    assertThatThrownBy(
            () ->
                sim.placements()
                    .create(
                        new CreatePlacementCommand(
                            SamplePlacements.oneCommand("abc", "x", List.of("worker-2")))))
        .isInstanceOf(UnknownClusterException.class);
  }

  @Test
  void anOpenTopologyMakesClustersWithTheDefaultCapacityOnFirstUse() {
    sim.placements()
        .create(
            new CreatePlacementCommand(
                SamplePlacements.oneCommand("any", "x", List.of("brand-new"))));

    assertThat(sim.cluster("brand-new").orElseThrow().gpuCapacity()).isEqualTo(8);
    assertThat(sim.cluster("brand-new").orElseThrow().workspaces()).containsExactly("any");
  }

  @Test
  void theTimelineListsEveryTransitionAndTheNextOne() {
    sim.placements().create(new CreatePlacementCommand(SamplePlacements.seed()));
    String name = SamplePlacements.SEED_NAME;

    assertThat(sim.timeline(name).next().orElseThrow())
        .satisfies(
            n -> {
              assertThat(n.due()).isEqualTo(T0.plusSeconds(2));
              assertThat(n.description()).isEqualTo("admit");
            });
    sim.advance(Duration.ofSeconds(14));

    Timeline timeline = sim.timeline(name);
    assertThat(timeline.entries())
        .extracting(TimelineEntry::kind, TimelineEntry::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TimelineEntry.Kind.CREATED, T0),
            org.assertj.core.groups.Tuple.tuple(TimelineEntry.Kind.TRANSITION, T0.plusSeconds(2)),
            org.assertj.core.groups.Tuple.tuple(TimelineEntry.Kind.TRANSITION, T0.plusSeconds(12)),
            org.assertj.core.groups.Tuple.tuple(TimelineEntry.Kind.STEP, T0.plusSeconds(14)));
    assertThat(timeline.entries().get(2).from()).contains(ProvisioningStatus.QUEUED);
    assertThat(timeline.entries().get(2).to()).contains(ProvisioningStatus.IN_PROGRESS);
    assertThat(timeline.next().orElseThrow().description())
        .isEqualTo("step cuda (helm) on worker-1");
    assertThat(timeline.next().orElseThrow().due()).isEqualTo(T0.plusSeconds(29));
    assertThat(sim.timeline().entries()).hasSize(4);
    assertThatThrownBy(() -> sim.timeline("never")).isInstanceOf(PlacementNotFoundException.class);
  }

  @Test
  void subscribersGetEveryChangeUntilTheyUnsubscribe() {
    List<PlacementEvent> events = new ArrayList<>();
    Subscription subscription = sim.subscribe(events::add);
    sim.placements().create(new CreatePlacementCommand(SamplePlacements.seed()));
    sim.advance(Duration.ofSeconds(2));

    subscription.close();
    sim.advance(Duration.ofSeconds(20));

    assertThat(events)
        .extracting(PlacementEvent::type)
        .containsExactly(PlacementEvent.Type.ADDED, PlacementEvent.Type.MODIFIED);
    assertThat(events.get(1).placement().placement().provisioningStatus())
        .isEqualTo(ProvisioningStatus.QUEUED);
  }

  @Test
  void apiFaultsAreForTheHttpLayerToApply() {
    sim.faults()
        .add(
            FaultRule.always(
                FaultMatch.any().operation(io.workloadplacement.simulator.fault.ApiOperation.LIST),
                new FaultEffect.ApiError(500, "kubernetes API timeout")));

    assertThat(
            sim.faults()
                .matchApi(io.workloadplacement.simulator.fault.ApiOperation.LIST, Optional.empty()))
        .isPresent();
    // the domain use cases themselves are untouched
    assertThat(sim.placements().list(PlacementQuery.all()).items()).isEmpty();
  }
}

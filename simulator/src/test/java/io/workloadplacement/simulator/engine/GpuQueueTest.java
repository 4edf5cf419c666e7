package io.workloadplacement.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.simulator.cluster.SimulatedCluster;
import io.workloadplacement.simulator.cluster.SimulatedClusters;
import io.workloadplacement.simulator.engine.GpuQueue.Demand;
import io.workloadplacement.simulator.topology.TimingProfile;
import io.workloadplacement.simulator.topology.Topology;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GpuQueueTest {

  private static final Demand ONE = Demand.ONE_GPU;

  private final SimulatedClusters clusters =
      new SimulatedClusters(
          new Topology(
              false,
              Map.of("ws", List.of("c1", "c2", "c3", "big")),
              Map.of("c1", 1, "c2", 1, "c3", 1, "big", 8),
              8,
              TimingProfile.defaults()));
  private final GpuQueue queue = new GpuQueue(clusters);

  @Test
  void aPlacementIsGrantedEveryClusterAtOnce() {
    queue.enqueue("a", "ws", List.of("c1", "c2"), ONE);

    assertThat(queue.grant()).extracting(GpuQueue.Waiting::placement).containsExactly("a");
    assertThat(cluster("c1").holdsGpu("a")).isTrue();
    assertThat(cluster("c2").holdsGpu("a")).isTrue();
    assertThat(queue.isWaiting("a")).isFalse();
    assertThat(queue.holds("a")).containsExactlyInAnyOrder("c1", "c2");
  }

  @Test
  void laterArrivalsDoNotOvertakeOnAClusterAnEarlierOneWaitsFor() {
    queue.hold("holder", "ws", List.of("c2"), ONE);
    queue.enqueue("first", "ws", List.of("c1", "c2"), ONE); // c2 is full: waits, keeping c1
    queue.enqueue("second", "ws", List.of("c1"), ONE);
    queue.enqueue("elsewhere", "ws", List.of("c3"), ONE);

    assertThat(queue.grant()).extracting(GpuQueue.Waiting::placement).containsExactly("elsewhere");
    assertThat(queue.waitsFor("first")).contains(List.of("c2"));
    assertThat(queue.isWaiting("second")).isTrue();
    assertThat(cluster("c1").gpusInUse()).isZero();

    queue.release("holder");
    assertThat(queue.grant()).extracting(GpuQueue.Waiting::placement).containsExactly("first");
    assertThat(queue.grant()).isEmpty();
    assertThat(queue.isWaiting("second")).isTrue();

    queue.release("first");
    assertThat(queue.grant()).extracting(GpuQueue.Waiting::placement).containsExactly("second");
  }

  @Test
  void changingTheClustersOfAWaitingPlacementKeepsItsPlace() {
    queue.hold("holder", "ws", List.of("c1"), ONE);
    queue.enqueue("first", "ws", List.of("c1"), ONE);
    queue.enqueue("second", "ws", List.of("c1"), ONE);
    queue.enqueue("first", "ws", List.of("c1", "c3"), ONE);

    queue.release("holder");

    assertThat(queue.grant()).extracting(GpuQueue.Waiting::placement).containsExactly("first");
  }

  @Test
  void aHigherPriorityGoesFirstThenTheEarlierArrival() {
    queue.hold("holder", "ws", List.of("big"), new Demand(8, 0));
    queue.enqueue("early-low", "ws", List.of("big"), new Demand(1, 0));
    queue.enqueue("late-high", "ws", List.of("big"), new Demand(1, 5));
    queue.enqueue("later-high", "ws", List.of("big"), new Demand(1, 5));
    queue.enqueue("late-low", "ws", List.of("big"), new Demand(1, 0));
    assertThat(queue.grant()).isEmpty();

    queue.release("holder");

    assertThat(queue.grant())
        .extracting(GpuQueue.Waiting::placement)
        .containsExactly("late-high", "later-high", "early-low", "late-low");
    assertThat(cluster("big").view().gpuHolders())
        .containsExactly("late-high", "later-high", "early-low", "late-low");
  }

  @Test
  void aPlacementWaitsUntilItsWholeDemandIsFreeAndNobodyOvertakesItMeanwhile() {
    queue.hold("holder", "ws", List.of("big"), new Demand(6, 0));
    queue.enqueue("four", "ws", List.of("big"), new Demand(4, 0)); // 2 free: waits
    queue.enqueue("one", "ws", List.of("big"), new Demand(1, 0)); // would fit, but is behind

    assertThat(queue.grant()).isEmpty();
    assertThat(queue.waitsFor("four")).contains(List.of("big"));
    assertThat(cluster("big").gpusFree()).isEqualTo(2);

    queue.release("holder");

    assertThat(queue.grant())
        .extracting(GpuQueue.Waiting::placement)
        .containsExactly("four", "one");
    assertThat(cluster("big").gpusInUse()).isEqualTo(5);
  }

  @Test
  void aPriorityUpdateWhileWaitingMovesThePlacementUpTheLine() {
    queue.hold("holder", "ws", List.of("c1"), ONE);
    queue.enqueue("first", "ws", List.of("c1"), ONE);
    queue.enqueue("second", "ws", List.of("c1"), ONE);
    queue.enqueue("second", "ws", List.of("c1"), new Demand(1, 1));

    queue.release("holder");

    assertThat(queue.grant()).extracting(GpuQueue.Waiting::placement).containsExactly("second");
  }

  @Test
  void aHoldCountsAgainstCapacityAndItsReleaseLetsTheLineMove() {
    assertThat(queue.hold("a", "ws", List.of("c1", "c2"), ONE)).isEmpty();
    assertThat(queue.hold("b", "ws", List.of("c1"), ONE)).containsExactly("c1");
    assertThat(queue.lacking("c", "ws", List.of("c1", "c3"), ONE)).containsExactly("c1");

    queue.release("a");

    assertThat(cluster("c1").gpusInUse()).isZero();
    assertThat(cluster("c2").gpusInUse()).isZero();
    assertThat(queue.holds("a")).isEmpty();
  }

  /**
   * The quadratic must not come back: one release of one GPU with N placements waiting makes the
   * grant look at the same number of first-in-line placements whether N is 10 or 20,000.
   */
  @Test
  void aGrantsWorkDoesNotGrowWithTheNumberWaiting() {
    assertThat(workOfOneReleaseWithWaiting(20_000)).isEqualTo(workOfOneReleaseWithWaiting(10));
  }

  private long workOfOneReleaseWithWaiting(int waiting) {
    GpuQueue fresh =
        new GpuQueue(
            new SimulatedClusters(
                new Topology(
                    false,
                    Map.of("ws", List.of("gpu")),
                    Map.of("gpu", 8),
                    8,
                    TimingProfile.defaults())));
    for (int i = 0; i < 8; i++) {
      fresh.hold("holder-" + i, "ws", List.of("gpu"), ONE);
    }
    for (int i = 0; i < waiting; i++) {
      fresh.enqueue("p" + i, "ws", List.of("gpu"), new Demand(1, i % 3));
      assertThat(fresh.grant()).isEmpty();
    }
    fresh.release("holder-3");
    long before = fresh.headsExamined();
    assertThat(fresh.grant()).hasSize(1);
    assertThat(fresh.waitingCount()).isEqualTo(waiting - 1);
    return fresh.headsExamined() - before;
  }

  private SimulatedCluster cluster(String name) {
    return clusters.find(name).orElseThrow();
  }
}

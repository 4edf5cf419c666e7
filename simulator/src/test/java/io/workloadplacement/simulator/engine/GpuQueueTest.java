package io.workloadplacement.simulator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.simulator.cluster.SimulatedClusters;
import io.workloadplacement.simulator.topology.TimingProfile;
import io.workloadplacement.simulator.topology.Topology;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GpuQueueTest {

  private final SimulatedClusters clusters =
      new SimulatedClusters(
          new Topology(
              false,
              Map.of("ws", List.of("c1", "c2", "c3")),
              Map.of("c1", 1, "c2", 1, "c3", 1),
              8,
              TimingProfile.defaults()));
  private final GpuQueue queue = new GpuQueue(clusters);

  @Test
  void aPlacementIsGrantedEveryClusterAtOnce() {
    queue.enqueue("a", "ws", List.of("c1", "c2"));

    assertThat(queue.grant()).extracting(GpuQueue.Waiting::placement).containsExactly("a");
    assertThat(clusters.find("c1").orElseThrow().holdsGpu("a")).isTrue();
    assertThat(clusters.find("c2").orElseThrow().holdsGpu("a")).isTrue();
    assertThat(queue.isWaiting("a")).isFalse();
  }

  @Test
  void laterArrivalsDoNotOvertakeOnAClusterAnEarlierOneWaitsFor() {
    clusters.find("c2").orElseThrow().reserveGpu("holder");
    queue.enqueue("first", "ws", List.of("c1", "c2")); // c2 is full: waits, keeping c1
    queue.enqueue("second", "ws", List.of("c1"));
    queue.enqueue("elsewhere", "ws", List.of("c3"));

    assertThat(queue.grant()).extracting(GpuQueue.Waiting::placement).containsExactly("elsewhere");
    assertThat(queue.waitsFor("first")).contains(List.of("c2"));
    assertThat(queue.isWaiting("second")).isTrue();
    assertThat(clusters.find("c1").orElseThrow().gpusInUse()).isZero();

    clusters.find("c2").orElseThrow().releaseGpu("holder");
    assertThat(queue.grant()).extracting(GpuQueue.Waiting::placement).containsExactly("first");
    assertThat(queue.grant()).isEmpty();
    assertThat(queue.isWaiting("second")).isTrue();
  }

  @Test
  void changingTheClustersOfAWaitingPlacementKeepsItsPlace() {
    clusters.find("c1").orElseThrow().reserveGpu("holder");
    queue.enqueue("first", "ws", List.of("c1"));
    queue.enqueue("second", "ws", List.of("c1"));
    queue.enqueue("first", "ws", List.of("c1", "c3"));

    clusters.find("c1").orElseThrow().releaseGpu("holder");

    assertThat(queue.grant()).extracting(GpuQueue.Waiting::placement).containsExactly("first");
  }
}

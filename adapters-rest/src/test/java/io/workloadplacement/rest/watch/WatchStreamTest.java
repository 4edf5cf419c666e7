package io.workloadplacement.rest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** One stream's queue and frames, without a server. */
class WatchStreamTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");

  private final List<String> written = new CopyOnWriteArrayList<>();

  @Test
  void aClientThatFallsFurtherBehindThanTheQueueHoldsIsEnded() {
    WatchStream stream = new WatchStream(written::add, w -> true, Duration.ofSeconds(10), 2);
    stream.enqueue(added("a", "1"));
    stream.enqueue(added("b", "2"));
    stream.enqueue(added("c", "3"));

    // nothing blocked the publisher; the stream ends at once, without the events it dropped
    assertThat(stream.run(() -> {})).isEqualTo(WatchStream.Ending.FELL_BEHIND);
    assertThat(written).containsExactly(": watching\n\n");
  }

  @Test
  void framesCarryTypeVersionAndPlacementAndAVersionAlreadySentIsNotSentAgain()
      throws InterruptedException {
    WatchStream stream = new WatchStream(written::add, "abc"::equals, Duration.ofSeconds(10), 10);
    Thread writer = new Thread(() -> stream.run(() -> {}));
    writer.start();
    stream.enqueue(added("a", "5"));
    // stored just before subscribing, delivered again after the initial ADDED
    stream.enqueue(new PlacementEvent(PlacementEvent.Type.MODIFIED, placement("a", "5")));
    stream.enqueue(new PlacementEvent(PlacementEvent.Type.MODIFIED, placement("a", "6")));
    stream.enqueue(new PlacementEvent(PlacementEvent.Type.DELETED, placement("a", "6")));
    // another workspace's
    stream.enqueue(
        new PlacementEvent(
            PlacementEvent.Type.ADDED,
            new VersionedPlacement(
                new WorkloadPlacement(
                    SamplePlacements.oneCommand("xyz", "x", List.of("worker-1")).toSpec(),
                    PlacementStatus.pending(T0),
                    T0,
                    null),
                "7",
                7)));
    awaitFrames(4);
    stream.stop();
    writer.join(Duration.ofSeconds(10).toMillis());

    assertThat(writer.isAlive()).isFalse();
    assertThat(written).hasSize(4);
    assertThat(written.get(1))
        .startsWith("id: 5\nevent: ADDED\ndata: {\"type\":\"ADDED\",\"object\":{");
    assertThat(written.get(2)).startsWith("id: 6\nevent: MODIFIED\n");
    assertThat(written.get(3)).startsWith("id: 6\nevent: DELETED\n").endsWith("}}\n\n");
  }

  private void awaitFrames(int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (written.size() < count && System.nanoTime() < deadline) {
      LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
    }
  }

  private static PlacementEvent added(String name, String version) {
    return new PlacementEvent(PlacementEvent.Type.ADDED, placement(name, version));
  }

  private static VersionedPlacement placement(String name, String version) {
    return new VersionedPlacement(
        new WorkloadPlacement(
            SamplePlacements.seedNamed(name).toSpec(), PlacementStatus.pending(T0), T0, null),
        version,
        Long.parseLong(version));
  }
}

package io.workloadplacement.simulator.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.clock.Scheduler;
import io.workloadplacement.simulator.clock.SimulationClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events reach listeners in the order the store wrote them, judged by the event's sequence. */
class PlacementEventsTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:00:00Z");

  private final PlacementEvents events =
      new PlacementEvents(new Scheduler(new SimulationClock(T0, ClockMode.MANUAL, 1)));
  private final List<String> seen = new ArrayList<>();

  PlacementEventsTest() {
    events.addListener(e -> seen.add(e.type() + " " + e.placement().version()));
  }

  private static PlacementEvent event(PlacementEvent.Type type, String version, long sequence) {
    WorkloadPlacement placement =
        new WorkloadPlacement(
            SamplePlacements.oneCommand("abc", "p", List.of("w1")).toSpec(),
            PlacementStatus.pending(T0),
            T0,
            null);
    return new PlacementEvent(type, new VersionedPlacement(placement, version, sequence));
  }

  @Test
  void anEventPublishedAfterALaterOneIsDroppedWhateverItsVersionText() {
    events.publish(event(PlacementEvent.Type.ADDED, "zz-first", 3));
    events.publish(event(PlacementEvent.Type.MODIFIED, "aa-third", 9));
    events.publish(event(PlacementEvent.Type.MODIFIED, "mm-second", 5));
    events.publish(event(PlacementEvent.Type.MODIFIED, "aa-third", 9));

    assertThat(seen).containsExactly("ADDED zz-first", "MODIFIED aa-third");
  }

  @Test
  void aDeletionFollowsTheLastWriteItCarriesButNotAnEarlierOne() {
    events.publish(event(PlacementEvent.Type.MODIFIED, "b", 7));
    events.publish(event(PlacementEvent.Type.DELETED, "a", 6));
    events.publish(event(PlacementEvent.Type.DELETED, "b", 7));

    assertThat(seen).containsExactly("MODIFIED b", "DELETED b");
  }
}

package io.workloadplacement.simulator.timeline;

import io.workloadplacement.domain.model.WorkloadPlacement;
import java.util.Arrays;
import java.util.List;

/**
 * What the timeline keeps about one placement: its entries, oldest first, and the version of it
 * seen last, which the next one is compared with. A million of them are kept, so it is one object
 * and one array rather than a list and a second map's entry. Guarded by the recorder's lock.
 */
final class PlacementHistory {

  private TimelineEntry[] entries = new TimelineEntry[4];
  private int size;
  WorkloadPlacement lastSeen;

  void add(TimelineEntry entry) {
    if (size == entries.length) {
      entries = Arrays.copyOf(entries, size * 2);
    }
    entries[size++] = entry;
  }

  /** The entries, oldest first, as an unmodifiable copy. */
  List<TimelineEntry> entries() {
    return List.of(Arrays.copyOf(entries, size));
  }
}

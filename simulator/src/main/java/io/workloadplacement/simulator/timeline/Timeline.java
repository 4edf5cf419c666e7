package io.workloadplacement.simulator.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened so far, oldest first, and what is scheduled next.
 *
 * @param waitingForGpusOn the clusters on which the placement waits for a free GPU; nothing is
 *     scheduled for it until one frees up
 */
public record Timeline(
    List<TimelineEntry> entries, Optional<NextTransition> next, List<String> waitingForGpusOn) {

  public Timeline {
    entries = List.copyOf(entries);
    Objects.requireNonNull(next, "next");
    waitingForGpusOn = List.copyOf(waitingForGpusOn);
  }
}

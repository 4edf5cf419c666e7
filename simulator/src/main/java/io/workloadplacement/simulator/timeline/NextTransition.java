package io.workloadplacement.simulator.timeline;

import java.time.Instant;
import java.util.Objects;

/** The next thing the simulator has scheduled, and when. */
public record NextTransition(Instant due, String placement, String description) {

  public NextTransition {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(description, "description");
  }
}

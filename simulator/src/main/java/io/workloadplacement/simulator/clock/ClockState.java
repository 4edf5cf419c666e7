package io.workloadplacement.simulator.clock;

import java.time.Instant;
import java.util.Objects;

/** A reading of the simulation clock: what time it is, and how time moves. */
public record ClockState(Instant now, ClockMode mode, double speed) {

  public ClockState {
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(mode, "mode");
  }
}

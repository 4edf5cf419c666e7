package io.workloadplacement.simulator.durable;

import io.workloadplacement.simulator.clock.ClockState;
import java.time.Instant;
import java.util.Objects;

/**
 * The clock as kept: its reading at the last write, and the time a reset goes back to.
 *
 * @param reading time, mode and speed when the state was last written
 * @param start the simulated time of the first start, which every reset goes back to
 */
public record KeptClock(ClockState reading, Instant start) {

  public KeptClock {
    Objects.requireNonNull(reading, "reading");
    Objects.requireNonNull(start, "start");
  }
}

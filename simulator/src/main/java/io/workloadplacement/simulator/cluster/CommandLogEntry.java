package io.workloadplacement.simulator.cluster;

import java.time.Instant;
import java.util.Objects;

/** A command a command step would have run: recorded, never executed. */
public record CommandLogEntry(
    Instant at, String cluster, String placement, String step, String cmd) {

  public CommandLogEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(cmd, "cmd");
  }
}

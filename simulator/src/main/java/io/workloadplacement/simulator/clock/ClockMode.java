package io.workloadplacement.simulator.clock;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How simulated time moves: only when told to, or on its own at a multiple of real time. */
public enum ClockMode {
  /** Time stands still until {@code advance}. */
  MANUAL,
  /** Time follows the wall clock, multiplied by the speed. */
  REALTIME;

  /** The spelling used by the control API and the CLI. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode spelled {@code text} (case-insensitive), if any. */
  public static Optional<ClockMode> fromWireName(String text) {
    return Arrays.stream(values()).filter(m -> m.wireName().equalsIgnoreCase(text)).findFirst();
  }
}

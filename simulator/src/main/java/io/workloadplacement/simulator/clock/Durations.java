package io.workloadplacement.simulator.clock;

import io.workloadplacement.domain.model.BurstDuration;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Parses the durations of the control API, the CLI and the topology file: Go style as in the CRD
 * ({@code 90s}, {@code 1m30s}, {@code 500ms}), zero ({@code 0}, {@code 0s}) or ISO 8601 ({@code
 * PT90S}).
 */
public final class Durations {

  private Durations() {}

  /**
   * The duration {@code text} spells.
   *
   * @throws IllegalArgumentException with a message fit for a client when it is not one
   */
  public static Duration parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a duration is required, such as 90s or 1m30s");
    }
    String trimmed = text.trim();
    if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
      try {
        return requireNotNegative(Duration.parse(trimmed), text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("\"" + text + "\" is not an ISO 8601 duration");
      }
    }
    if (trimmed.matches("0+(\\.0+)?([a-zµ]+)?")
        && BurstDuration.PATTERN.matcher(trimmed.replaceFirst("^0+(\\.0+)?$", "0s")).matches()) {
      return Duration.ZERO;
    }
    try {
      return BurstDuration.parse(trimmed).duration();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("duration \"" + text + "\" " + e.getMessage());
    }
  }

  private static Duration requireNotNegative(Duration d, String text) {
    if (d.isNegative()) {
      throw new IllegalArgumentException("duration \"" + text + "\" must not be negative");
    }
    return d;
  }
}

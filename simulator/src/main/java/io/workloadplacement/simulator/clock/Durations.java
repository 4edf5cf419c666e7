package io.workloadplacement.simulator.clock;

import io.workloadplacement.domain.model.DurationText;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Reads the durations of the control API, the CLI and the topology file: the domain's Go-style text
 * ({@code 90s}, {@code 1m30s}, {@code 500ms}, {@code 0}) or ISO 8601 ({@code PT90S}), never
 * negative.
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
    Duration duration;
    if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
      try {
        duration = Duration.parse(trimmed);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("\"" + text + "\" is not an ISO 8601 duration");
      }
    } else {
      try {
        duration = DurationText.parse(trimmed);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("duration \"" + text + "\" " + e.getMessage());
      }
    }
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration \"" + text + "\" must not be negative");
    }
    return duration;
  }
}

package io.workloadplacement.rest.placement;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** RFC 3339 timestamps as the contract writes them: UTC, {@code Z}, whole seconds. */
final class Timestamps {

  private Timestamps() {}

  /** {@code 2025-10-30T08:39:52Z}; null for null. */
  static String format(Instant instant) {
    return instant == null
        ? null
        : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}

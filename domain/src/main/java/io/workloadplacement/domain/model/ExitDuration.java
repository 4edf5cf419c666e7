package io.workloadplacement.domain.model;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GPU provision request's exit duration (SDK): days, hours and minutes in that order ({@code
 * 1d2h30m}, {@code 2h}, {@code 30m}), not zero; the text is kept beside the parsed duration.
 */
public record ExitDuration(String text, Duration duration) {

  private static final Pattern SYNTAX =
      Pattern.compile("(?:(\\d{1,6})d)?(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?");

  public ExitDuration {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("exitDuration must be greater than zero");
    }
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException with a message fit for a client when it is not a positive
   *     duration in days, hours and minutes
   */
  public static ExitDuration parse(String text) {
    Matcher m = text == null ? null : SYNTAX.matcher(text);
    if (m == null || text.isEmpty() || !m.matches()) {
      throw new IllegalArgumentException(
          "must be days, hours and minutes in that order, such as 1d2h30m, 2h or 30m");
    }
    Duration duration =
        Duration.ofDays(amount(m.group(1)))
            .plusHours(amount(m.group(2)))
            .plusMinutes(amount(m.group(3)));
    if (duration.isZero()) {
      throw new IllegalArgumentException("must be greater than zero");
    }
    return new ExitDuration(text, duration);
  }

  private static long amount(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  @Override
  public String toString() {
    return text;
  }
}

package io.workloadplacement.domain.model;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A burst duration as the CRD spells it ({@code 15m}, {@code 1.5h}, {@code 2d5h30m}), keeping the
 * text as sent beside the parsed, strictly positive {@link Duration}.
 */
public record BurstDuration(String text, Duration duration) {

  /** The CRD's limit on the text's length. */
  public static final int MAX_LENGTH = 100;

  /** The CRD's pattern, whole (the syntax of {@link DurationText}). */
  public static final Pattern PATTERN = DurationText.PATTERN;

  public BurstDuration {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("burstDuration must be greater than zero");
    }
  }

  /**
   * Parses {@code text} against the CRD pattern; {@code d} is 24 hours and fractions below a
   * nanosecond are dropped.
   *
   * @throws IllegalArgumentException with a message fit for a client when the text is not a
   *     positive duration in the CRD's syntax
   */
  public static BurstDuration parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("burstDuration is required");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "must be at most " + MAX_LENGTH + " characters, got " + text.length());
    }
    Duration duration = DurationText.parseUnsigned(text);
    if (duration.isZero()) {
      throw new IllegalArgumentException("must be greater than zero");
    }
    return new BurstDuration(text, duration);
  }

  /** True when {@code text} parses. */
  public static boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return text;
  }
}

package io.workloadplacement.domain.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A burst duration as the CRD spells it ({@code 15m}, {@code 1.5h}, {@code 2d5h30m}), keeping the
 * text as sent beside the parsed, strictly positive {@link Duration}.
 */
public record BurstDuration(String text, Duration duration) {

  /** The CRD's limit on the text's length. */
  public static final int MAX_LENGTH = 100;

  /** The CRD's pattern, whole. */
  public static final Pattern PATTERN = Pattern.compile("^(\\d+(\\.\\d+)?(ns|us|µs|ms|s|m|h|d))+$");

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h|d)");

  private static final Map<String, Long> NANOS_PER_UNIT =
      Map.of(
          "ns", 1L,
          "us", 1_000L,
          "µs", 1_000L,
          "ms", 1_000_000L,
          "s", 1_000_000_000L,
          "m", 60_000_000_000L,
          "h", 3_600_000_000_000L,
          "d", 86_400_000_000_000L);

  private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);

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
    if (!PATTERN.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "must be a duration such as 15m, 1.5h or 2d5h30m (units ns, us, µs, ms, s, m, h, d)");
    }
    BigDecimal nanos = BigDecimal.ZERO;
    Matcher part = PART.matcher(text);
    while (part.find()) {
      BigDecimal amount = new BigDecimal(part.group(1));
      nanos = nanos.add(amount.multiply(BigDecimal.valueOf(NANOS_PER_UNIT.get(part.group(2)))));
      if (nanos.compareTo(MAX_NANOS) > 0) {
        throw new IllegalArgumentException("is too long: at most about 292 years");
      }
    }
    long wholeNanos = nanos.setScale(0, RoundingMode.DOWN).longValueExact();
    if (wholeNanos == 0) {
      throw new IllegalArgumentException("must be greater than zero");
    }
    return new BurstDuration(text, Duration.ofNanos(wholeNanos));
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

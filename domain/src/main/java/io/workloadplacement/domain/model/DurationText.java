package io.workloadplacement.domain.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go-style duration text, the one home of its syntax: parses the CRD's form ({@code 15m}, {@code
 * 1.5h}, {@code 2d5h30m}, where {@code d} is 24 hours) and Go's ({@code -1.5s}, {@code 0}), and
 * prints durations the way Kubernetes and Go print them ({@code 1h2m3s}, {@code 1.5s}, {@code
 * 250ms}).
 */
public final class DurationText {

  /** The CRD's pattern, whole: numbers with units, no sign. */
  public static final Pattern PATTERN = Pattern.compile("^(\\d+(\\.\\d+)?(ns|us|µs|ms|s|m|h|d))+$");

  /** What a text that breaks {@link #PATTERN} is told. */
  public static final String SYNTAX =
      "must be a duration such as 15m, 1.5h or 2d5h30m (units ns, us, µs, ms, s, m, h, d)";

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
  private static final int NANOS_PER_MICRO = 1_000;
  private static final int NANOS_PER_MILLI = 1_000_000;

  private DurationText() {}

  /**
   * Parses Go's form: an optional sign, then {@code 0} or the CRD's syntax.
   *
   * @throws IllegalArgumentException with a message fit for a client when it is not a duration
   */
  public static Duration parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("a duration is required");
    }
    boolean negative = text.startsWith("-");
    String magnitude = negative || text.startsWith("+") ? text.substring(1) : text;
    Duration parsed = magnitude.equals("0") ? Duration.ZERO : parseUnsigned(magnitude);
    return negative ? parsed.negated() : parsed;
  }

  /**
   * Parses the CRD's syntax ({@link #PATTERN}), zero included; fractions below a nanosecond are
   * dropped.
   *
   * @throws IllegalArgumentException with a message fit for a client when it is not one, or when it
   *     is longer than nanoseconds in a {@code long} can hold
   */
  public static Duration parseUnsigned(String text) {
    if (text == null || !PATTERN.matcher(text).matches()) {
      throw new IllegalArgumentException(SYNTAX);
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
    return Duration.ofNanos(nanos.setScale(0, RoundingMode.DOWN).longValueExact());
  }

  /**
   * Go's {@code time.Duration.String()} of {@code duration} cut to milliseconds: what clients read.
   */
  public static String format(Duration duration) {
    return formatExact(duration.truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * Go's {@code time.Duration.String()} of {@code duration}, exact to the nanosecond, so that
   * {@link #parse} gives it back: what a store keeps.
   */
  public static String formatExact(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    String sign = duration.isNegative() ? "-" : "";
    Duration magnitude = duration.abs();
    long seconds = magnitude.getSeconds();
    int nanos = magnitude.getNano();
    if (seconds == 0) {
      if (nanos < NANOS_PER_MICRO) {
        return sign + nanos + "ns";
      }
      if (nanos < NANOS_PER_MILLI) {
        return sign + decimal(nanos, NANOS_PER_MICRO, 3) + "µs";
      }
      return sign + decimal(nanos, NANOS_PER_MILLI, 6) + "ms";
    }
    StringBuilder out = new StringBuilder(sign);
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      out.append(minutes).append('m');
    }
    out.append(seconds % 60);
    if (nanos > 0) {
      out.append('.').append(stripZeros(String.format(Locale.ROOT, "%09d", nanos)));
    }
    return out.append('s').toString();
  }

  private static String decimal(int nanos, int unit, int fractionDigits) {
    String fraction =
        stripZeros(String.format(Locale.ROOT, "%0" + fractionDigits + "d", nanos % unit));
    return (nanos / unit) + (fraction.isEmpty() ? "" : "." + fraction);
  }

  private static String stripZeros(String digits) {
    return digits.replaceAll("0+$", "");
  }
}

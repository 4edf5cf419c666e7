package io.workloadplacement.k8s;

import io.workloadplacement.domain.model.BurstDuration;
import java.time.Duration;

/**
 * Durations in Go's {@code time.Duration} notation ({@code 1h2m3.5s}, {@code 250ms}, {@code
 * 1.5µs}), exact to the nanosecond both ways, so a step's duration reads naturally in {@code
 * kubectl} and survives the round trip unchanged (the domain's {@code DurationText} rounds to
 * milliseconds, which is right for clients but not for a store).
 */
final class GoDurations {

  private static final int NANOS_PER_MICRO = 1_000;
  private static final int NANOS_PER_MILLI = 1_000_000;

  private GoDurations() {}

  /** {@code duration} as Go prints it. */
  static String format(Duration duration) {
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
      out.append('.').append(stripZeros(String.format("%09d", nanos)));
    }
    return out.append('s').toString();
  }

  /**
   * Parses what {@link #format} writes (and any other Go duration text).
   *
   * @throws IllegalArgumentException when {@code text} is not a duration
   */
  static Duration parse(String text) {
    boolean negative = text.startsWith("-");
    String magnitude = negative ? text.substring(1) : text;
    if (magnitude.equals("0") || magnitude.matches("0+(\\.0+)?(ns|us|µs|ms|s|m|h)")) {
      return Duration.ZERO;
    }
    Duration parsed = BurstDuration.parse(magnitude).duration();
    return negative ? parsed.negated() : parsed;
  }

  private static String decimal(int nanos, int unit, int fractionDigits) {
    String fraction = stripZeros(String.format("%0" + fractionDigits + "d", nanos % unit));
    return (nanos / unit) + (fraction.isEmpty() ? "" : "." + fraction);
  }

  private static String stripZeros(String digits) {
    return digits.replaceAll("0+$", "");
  }
}

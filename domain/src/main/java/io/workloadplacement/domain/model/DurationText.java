package io.workloadplacement.domain.model;

import java.time.Duration;

/**
 * Formats durations the way Kubernetes and Go print them: {@code 1h2m3s}, {@code 1.5s}, {@code
 * 250ms}.
 */
public final class DurationText {

  private DurationText() {}

  /** The Go {@code time.Duration.String()} form of {@code duration}, to millisecond precision. */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    String sign = duration.isNegative() ? "-" : "";
    Duration d = duration.abs();
    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
      return sign + d.toMillis() + "ms";
    }
    StringBuilder out = new StringBuilder(sign);
    long hours = d.toHours();
    int minutes = d.toMinutesPart();
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      out.append(minutes).append('m');
    }
    out.append(d.toSecondsPart());
    int millis = d.toMillisPart();
    if (millis > 0) {
      out.append('.').append(String.format("%03d", millis).replaceAll("0+$", ""));
    }
    return out.append('s').toString();
  }
}

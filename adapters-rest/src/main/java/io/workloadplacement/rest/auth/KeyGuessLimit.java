package io.workloadplacement.rest.auth;

import io.workloadplacement.domain.model.DurationText;
import java.time.Duration;
import java.util.Objects;

/**
 * How many wrong API keys one client address may send to {@code POST /api/v1/auth} within a sliding
 * window before it is refused with 429 until the oldest of them leaves the window.
 *
 * @param maxFailures wrong keys allowed per window; 0 turns the limit off
 * @param window the span over which wrong keys are counted
 */
public record KeyGuessLimit(int maxFailures, Duration window) {

  /** The default: 10 wrong keys a minute per address. */
  public static final KeyGuessLimit DEFAULT = new KeyGuessLimit(10, Duration.ofMinutes(1));

  public KeyGuessLimit {
    Objects.requireNonNull(window, "window");
    if (maxFailures < 0) {
      throw new IllegalArgumentException("the number of wrong keys allowed cannot be negative");
    }
    if (maxFailures > 0 && window.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("the key guess window must be at least one second");
    }
  }

  /** No limit. */
  public static KeyGuessLimit off() {
    return new KeyGuessLimit(0, Duration.ZERO);
  }

  /** True when wrong keys are counted and refused past the limit. */
  public boolean enabled() {
    return maxFailures > 0;
  }

  @Override
  public String toString() {
    return enabled() ? maxFailures + " wrong keys per " + DurationText.format(window) : "off";
  }
}

package io.workloadplacement.simulator.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The simulator's time. In {@link ClockMode#MANUAL} it stands still until moved; in {@link
 * ClockMode#REALTIME} it follows a monotonic real clock at {@code speed} times real speed. It never
 * goes backwards, except on {@link #resetTo}.
 */
public final class SimulationClock extends Clock {

  /** The fastest a realtime clock may run, so that real waits stay meaningful. */
  public static final double MAX_SPEED = 1_000_000;

  /** Time is {@code base} at real time {@code baseNanos}, then moves at {@code speed}. */
  private record State(Instant base, long baseNanos, ClockMode mode, double speed) {}

  private final LongSupplier realNanos;
  private volatile State state;

  /** A clock starting at {@code start}, on the JVM's monotonic clock. */
  public SimulationClock(Instant start, ClockMode mode, double speed) {
    this(start, mode, speed, System::nanoTime);
  }

  /** A clock on an injected real clock, for tests. */
  SimulationClock(Instant start, ClockMode mode, double speed, LongSupplier realNanos) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(mode, "mode");
    requireSpeed(speed);
    this.realNanos = realNanos;
    this.state = new State(start, realNanos.getAsLong(), mode, speed);
  }

  @Override
  public Instant instant() {
    return at(state, realNanos.getAsLong());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the simulation clock is UTC only");
  }

  /** The time, mode and speed, read together. */
  public ClockState read() {
    State s = state;
    return new ClockState(at(s, realNanos.getAsLong()), s.mode(), s.speed());
  }

  /** Switches mode and speed from now on; the time does not jump. */
  public synchronized void set(ClockMode mode, double speed) {
    Objects.requireNonNull(mode, "mode");
    requireSpeed(speed);
    long nanos = realNanos.getAsLong();
    state = new State(at(state, nanos), nanos, mode, speed);
  }

  /**
   * Moves the time forward to {@code target}; a target in the past is ignored, since simulated
   * time, like real time, does not go back.
   */
  public synchronized void moveTo(Instant target) {
    long nanos = realNanos.getAsLong();
    Instant now = at(state, nanos);
    if (target.isAfter(now)) {
      state = new State(target, nanos, state.mode(), state.speed());
    }
  }

  /** Sets time, mode and speed at once, as a restarted simulator resumes a kept clock. */
  public synchronized void restore(ClockState kept) {
    requireSpeed(kept.speed());
    state = new State(kept.now(), realNanos.getAsLong(), kept.mode(), kept.speed());
  }

  /** Puts the time back to {@code start}, keeping mode and speed: only a reset may do this. */
  public synchronized void resetTo(Instant start) {
    state = new State(start, realNanos.getAsLong(), state.mode(), state.speed());
  }

  /**
   * How many real nanoseconds until the clock shows {@code target}: zero when it already does,
   * {@link Long#MAX_VALUE} when it never will on its own (manual mode).
   */
  public long realNanosUntil(Instant target) {
    State s = state;
    Duration ahead = Duration.between(at(s, realNanos.getAsLong()), target);
    if (ahead.isNegative() || ahead.isZero()) {
      return 0;
    }
    if (s.mode() == ClockMode.MANUAL) {
      return Long.MAX_VALUE;
    }
    double nanos = Math.ceil(toNanosSaturated(ahead) / s.speed());
    return nanos >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, (long) nanos);
  }

  private static Instant at(State s, long nanos) {
    if (s.mode() == ClockMode.MANUAL) {
      return s.base();
    }
    long elapsed = nanos - s.baseNanos();
    return s.base().plusNanos((long) (elapsed * s.speed()));
  }

  private static double toNanosSaturated(Duration d) {
    return d.getSeconds() * 1e9 + d.getNano();
  }

  private static void requireSpeed(double speed) {
    if (!(speed > 0) || speed > MAX_SPEED) {
      throw new IllegalArgumentException(
          "speed must be greater than 0 and at most " + (long) MAX_SPEED + ", got " + speed);
    }
  }
}

package io.workloadplacement.simulator.http;

import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.clock.ClockState;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real wait of an API call's simulated latency. In realtime mode an answer waits the latency
 * divided by the clock's speed (at most {@link #MAX_REAL_DELAY}); in manual mode simulated time
 * moves only on {@code advance}, and holding the request until someone advances would hang any
 * client that advances only after its call returns, so it does not wait. Closing ends every wait,
 * so a stopping server is not held up by them.
 */
final class ApiLatency implements AutoCloseable {

  /** The response header naming the latency a fault added. */
  static final String LATENCY_HEADER = "X-Simulated-Latency";

  /** The longest real wait a latency fault causes. */
  static final Duration MAX_REAL_DELAY = Duration.ofSeconds(60);

  private final CountDownLatch closed = new CountDownLatch(1);

  /** Waits for {@code latency} of simulated time on {@code clock}, or until closed. */
  void await(Duration latency, ClockState clock) {
    long nanos = realNanos(latency, clock);
    if (nanos <= 0) {
      return;
    }
    try {
      closed.await(nanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How long to wait in real time for {@code latency} of simulated time. */
  static long realNanos(Duration latency, ClockState clock) {
    if (clock.mode() == ClockMode.MANUAL) {
      return 0;
    }
    double nanos = (latency.getSeconds() * 1e9 + latency.getNano()) / clock.speed();
    return (long) Math.min(nanos, MAX_REAL_DELAY.toNanos());
  }

  /** Ends every wait, now and later. */
  @Override
  public void close() {
    closed.countDown();
  }
}

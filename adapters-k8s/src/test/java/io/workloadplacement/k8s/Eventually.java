package io.workloadplacement.k8s;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits, within a deadline, for what another thread does (an informer catching up). */
public final class Eventually {

  /** Long enough for an informer on a loaded machine, short enough to fail a test. */
  public static final Duration WITHIN = Duration.ofSeconds(20);

  private Eventually() {}

  /** Returns once {@code condition} holds; fails after {@link #WITHIN}. */
  public static void await(BooleanSupplier condition, String what) {
    await(WITHIN, condition, what);
  }

  /** Returns once {@code condition} holds; fails after {@code within}. */
  public static void await(Duration within, BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + within + ": " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
  }
}

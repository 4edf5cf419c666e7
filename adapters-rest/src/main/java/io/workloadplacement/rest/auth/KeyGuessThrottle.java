package io.workloadplacement.rest.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Counts wrong API keys per client address over the {@link KeyGuessLimit}'s sliding window, on the
 * authentication settings' clock, and says how long an address that reached the limit must wait.
 * Only wrong keys count: a client that exchanges a good key as often as it likes is never refused
 * unless it also guesses.
 */
final class KeyGuessThrottle {

  /** Addresses kept before the stale ones are swept, so a scan of many addresses stays bounded. */
  private static final int SWEEP_ABOVE = 10_000;

  private final KeyGuessLimit limit;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  KeyGuessThrottle(KeyGuessLimit limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  /** How long {@code address} must wait before its next try, or empty when it may try now. */
  synchronized Optional<Duration> waitFor(String address) {
    if (!limit.enabled()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Deque<Instant> recent = failures.get(address);
    if (recent == null) {
      return Optional.empty();
    }
    dropExpired(recent, now);
    if (recent.size() < limit.maxFailures()) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, recent.peekFirst().plus(limit.window())));
  }

  /** Counts a wrong key from {@code address}. */
  synchronized void recordFailure(String address) {
    if (!limit.enabled()) {
      return;
    }
    Instant now = clock.instant();
    Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    dropExpired(recent, now);
    recent.addLast(now);
    if (failures.size() > SWEEP_ABOVE) {
      sweep(now);
    }
  }

  /** Drops the failures that have left the window at {@code now}. */
  private void dropExpired(Deque<Instant> recent, Instant now) {
    while (!recent.isEmpty() && !recent.peekFirst().plus(limit.window()).isAfter(now)) {
      recent.removeFirst();
    }
  }

  private void sweep(Instant now) {
    for (Iterator<Deque<Instant>> it = failures.values().iterator(); it.hasNext(); ) {
      Deque<Instant> recent = it.next();
      dropExpired(recent, now);
      if (recent.isEmpty()) {
        it.remove();
      }
    }
  }
}

package io.workloadplacement.conformance.kit;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;

/**
 * Greedy descent of a shrink tree: take the first simpler candidate that still fails, repeat until
 * no candidate fails or the budget runs out.
 */
final class Shrinker {

  /** The smallest failing value found and how many times it got smaller. */
  record Outcome<T>(Shrinkable<T> minimal, Throwable error, int steps) {}

  private Shrinker() {}

  static <T> Outcome<T> shrink(
      Shrinkable<T> failing, Throwable error, Function<T, Optional<Throwable>> fails, int budget) {
    Shrinkable<T> current = failing;
    Throwable currentError = error;
    int steps = 0;
    int tried = 0;
    boolean progress = true;
    while (progress && tried < budget) {
      progress = false;
      Iterator<Shrinkable<T>> candidates = current.shrinks().iterator();
      while (candidates.hasNext() && tried < budget) {
        Shrinkable<T> candidate = candidates.next();
        tried++;
        Optional<Throwable> failure = fails.apply(candidate.value());
        if (failure.isPresent()) {
          current = candidate;
          currentError = failure.get();
          steps++;
          progress = true;
          break;
        }
      }
    }
    return new Outcome<>(current, currentError, steps);
  }
}

package io.workloadplacement.simulator.fault;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One fault injection rule: what it targets, what it does, how likely it fires when it matches
 * (always when empty) and how many times it may fire (unlimited when empty).
 */
public record FaultRule(
    FaultMatch match, FaultEffect effect, OptionalDouble probability, OptionalInt times) {

  public FaultRule {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(probability, "probability");
    Objects.requireNonNull(times, "times");
    if (probability.isPresent()
        && !(probability.getAsDouble() >= 0 && probability.getAsDouble() <= 1)) {
      throw new IllegalArgumentException(
          "probability must be between 0 and 1, got " + probability.getAsDouble());
    }
    if (times.isPresent() && times.getAsInt() < 1) {
      throw new IllegalArgumentException("times must be at least 1, got " + times.getAsInt());
    }
    if (match.operation().isPresent() && !effect.appliesToApi()) {
      throw new IllegalArgumentException("a rule on an API operation cannot fail a step");
    }
    if ((match.cluster().isPresent()
            || match.stepType().isPresent()
            || match.stepName().isPresent())
        && !effect.appliesToSteps()) {
      throw new IllegalArgumentException("a rule on steps cannot answer an API call");
    }
  }

  /** A rule that always fires, without limit. */
  public static FaultRule always(FaultMatch match, FaultEffect effect) {
    return new FaultRule(match, effect, OptionalDouble.empty(), OptionalInt.empty());
  }

  /** This rule firing with {@code p}. */
  public FaultRule withProbability(double p) {
    return new FaultRule(match, effect, OptionalDouble.of(p), times);
  }

  /** This rule firing at most {@code n} times. */
  public FaultRule withTimes(int n) {
    return new FaultRule(match, effect, probability, OptionalInt.of(n));
  }
}

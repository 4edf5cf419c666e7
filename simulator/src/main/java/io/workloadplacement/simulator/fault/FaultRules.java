package io.workloadplacement.simulator.fault;

import io.workloadplacement.domain.model.StepType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The ordered fault rules. For each step or API call the first rule that matches and fires wins; a
 * rule that matches but does not fire (its probability said no, or its times are used up) is passed
 * over for the next. Probabilities are drawn from a random seeded at construction, so a run with
 * the same seed and the same calls injects the same faults. Thread-safe.
 */
public final class FaultRules {

  private final long seed;
  private final List<Entry> entries = new ArrayList<>();
  // read without the lock: with no rules (the usual case) a call neither locks nor allocates
  private volatile boolean none = true;
  private Random random;

  /** Rules drawing from a random seeded with {@code seed}. */
  public FaultRules(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  private static final class Entry {
    final FaultRule rule;
    int fired;

    Entry(FaultRule rule) {
      this.rule = rule;
    }

    boolean exhausted() {
      return rule.times().isPresent() && fired >= rule.times().getAsInt();
    }

    FaultRuleState state() {
      OptionalInt remaining =
          rule.times().isPresent()
              ? OptionalInt.of(rule.times().getAsInt() - fired)
              : OptionalInt.empty();
      return new FaultRuleState(rule, fired, remaining);
    }
  }

  /** Every rule, in order, with its counters. */
  public synchronized List<FaultRuleState> rules() {
    return entries.stream().map(Entry::state).toList();
  }

  /** Replaces every rule; counters start again. */
  public synchronized void set(List<FaultRule> rules) {
    entries.clear();
    rules.forEach(r -> entries.add(new Entry(r)));
    none = entries.isEmpty();
  }

  /** Appends a rule, last in order. */
  public synchronized void add(FaultRule rule) {
    entries.add(new Entry(rule));
    none = entries.isEmpty();
  }

  /** Removes every rule. */
  public synchronized void clear() {
    entries.clear();
    none = entries.isEmpty();
  }

  /** Removes every rule and reseeds the random, as at start. */
  public synchronized void reset() {
    entries.clear();
    random = new Random(seed);
    none = entries.isEmpty();
  }

  /** The fault for step {@code step} of {@code placement} on {@code cluster}, if one fires. */
  public Optional<StepFault> matchStep(
      String placement, String cluster, StepType type, String step) {
    if (none) {
      return Optional.empty();
    }
    return fire(e ->
            e.rule.effect().appliesToSteps()
                && e.rule.match().matchesStep(placement, cluster, type, step))
        .map(StepFault.class::cast);
  }

  /**
   * The fault for the API call {@code operation} on {@code placement} (empty for a list), if one
   * fires. The HTTP layer applies it.
   */
  public Optional<ApiFault> matchApi(ApiOperation operation, Optional<String> placement) {
    if (none) {
      return Optional.empty();
    }
    return fire(e ->
            e.rule.effect().appliesToApi() && e.rule.match().matchesApi(operation, placement))
        .map(ApiFault.class::cast);
  }

  private synchronized Optional<FaultEffect> fire(Predicate<Entry> matches) {
    for (Entry e : entries) {
      if (e.exhausted() || !matches.test(e)) {
        continue;
      }
      // draw only for rules that match, so adding an unrelated rule does not shift the sequence
      if (e.rule.probability().isPresent()
          && random.nextDouble() >= e.rule.probability().getAsDouble()) {
        continue;
      }
      e.fired++;
      return Optional.of(e.rule.effect());
    }
    return Optional.empty();
  }
}

package io.workloadplacement.simulator.fault;

import io.workloadplacement.domain.model.StepType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
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
  private ReplayableRandom random;
  private volatile Runnable onChange = () -> {};
  // read without the lock: with no rules (the usual case) a call neither locks nor allocates
  private volatile boolean none = true;

  /** Rules drawing from a random seeded with {@code seed}. */
  public FaultRules(long seed) {
    this.seed = seed;
    this.random = ReplayableRandom.seeded(seed);
  }

  /**
   * Runs {@code listener} after every change of the rules, their counters or the random, outside
   * this object's lock (the durable state's cue to write).
   */
  public void onChange(Runnable listener) {
    this.onChange = Objects.requireNonNull(listener, "listener");
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

  /** The rules, their counters and the random's state, to keep. */
  public synchronized FaultRulesState state() {
    return new FaultRulesState(
        entries.stream()
            .map(e -> new FaultRulesState.Rule(FaultRuleSpec.from(e.rule), e.fired))
            .toList(),
        random.state());
  }

  /**
   * Puts back what {@link #state} returned.
   *
   * @throws IllegalArgumentException when a kept rule is not a valid rule
   */
  public void restore(FaultRulesState state) {
    synchronized (this) {
      entries.clear();
      for (FaultRulesState.Rule kept : state.rules()) {
        Entry e = new Entry(kept.spec().toRule());
        e.fired = kept.fired();
        entries.add(e);
      }
      random = ReplayableRandom.resumed(state.randomState());
      none = entries.isEmpty();
    }
    onChange.run();
  }

  /** True when there is no rule: nothing can fire. Read without the lock. */
  public boolean isEmpty() {
    return none;
  }

  /** Every rule, in order, with its counters. */
  public synchronized List<FaultRuleState> rules() {
    return entries.stream().map(Entry::state).toList();
  }

  /** Replaces every rule; counters start again. */
  public void set(List<FaultRule> rules) {
    synchronized (this) {
      entries.clear();
      rules.forEach(r -> entries.add(new Entry(r)));
      none = entries.isEmpty();
    }
    onChange.run();
  }

  /** Appends a rule, last in order. */
  public void add(FaultRule rule) {
    synchronized (this) {
      entries.add(new Entry(rule));
      none = entries.isEmpty();
    }
    onChange.run();
  }

  /** Removes every rule. */
  public void clear() {
    synchronized (this) {
      entries.clear();
      none = entries.isEmpty();
    }
    onChange.run();
  }

  /** Removes every rule and reseeds the random, as at start. */
  public void reset() {
    synchronized (this) {
      entries.clear();
      random = ReplayableRandom.seeded(seed);
      none = entries.isEmpty();
    }
    onChange.run();
  }

  /** The fault for step {@code step} of {@code placement} on {@code cluster}, if one fires. */
  public Optional<StepFault> matchStep(
      String placement, String cluster, StepType type, String step) {
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
    return fire(e ->
            e.rule.effect().appliesToApi() && e.rule.match().matchesApi(operation, placement))
        .map(ApiFault.class::cast);
  }

  private Optional<FaultEffect> fire(Predicate<Entry> matches) {
    if (none) {
      return Optional.empty();
    }
    boolean[] changed = {false};
    Optional<FaultEffect> fired;
    synchronized (this) {
      fired = fireLocked(matches, changed);
    }
    if (changed[0]) {
      onChange.run();
    }
    return fired;
  }

  private Optional<FaultEffect> fireLocked(Predicate<Entry> matches, boolean[] changed) {
    for (Entry e : entries) {
      if (e.exhausted() || !matches.test(e)) {
        continue;
      }
      // draw only for rules that match, so adding an unrelated rule does not shift the sequence
      if (e.rule.probability().isPresent()) {
        changed[0] = true; // the random moved
        if (random.nextDouble() >= e.rule.probability().getAsDouble()) {
          continue;
        }
      }
      changed[0] = true;
      e.fired++;
      return Optional.of(e.rule.effect());
    }
    return Optional.empty();
  }
}

package io.workloadplacement.simulator.fault;

import java.util.List;
import java.util.Objects;

/**
 * The fault rules as a value, to keep and restore: each rule in its control-API form with how often
 * it fired, and the state of the random its probabilities are drawn from.
 */
public record FaultRulesState(List<Rule> rules, long randomState) {

  /** One rule and its counter. */
  public record Rule(FaultRuleSpec spec, int fired) {
    public Rule {
      Objects.requireNonNull(spec, "spec");
    }
  }

  public FaultRulesState {
    rules = List.copyOf(rules);
  }
}

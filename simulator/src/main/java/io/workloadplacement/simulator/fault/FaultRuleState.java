package io.workloadplacement.simulator.fault;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A rule as the control API lists it: the rule, how often it fired, and how many firings it has
 * left (empty when unlimited).
 */
public record FaultRuleState(FaultRule rule, int fired, OptionalInt remaining) {

  public FaultRuleState {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(remaining, "remaining");
  }
}

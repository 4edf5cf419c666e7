package io.workloadplacement.simulator.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.ApiResponses;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.fault.FaultRule;
import io.workloadplacement.simulator.fault.FaultRuleSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ordered fault rules: {@code GET /sim/v1/faults} lists them with their counters, {@code PUT}
 * replaces them all ({@code {"rules": [...]}}, counters start again), {@code POST} appends one
 * rule, {@code DELETE} removes them all. What GET shows can be PUT back as it is: the counters
 * {@code fired} and {@code remaining} are read-only and ignored on input.
 */
final class FaultRoutes {

  /** One rule as written; the counters are accepted so that a GET can be sent back. */
  record RuleBody(
      FaultRuleSpec.Match match,
      FaultRuleSpec.Effect effect,
      Double probability,
      Integer times,
      Integer fired,
      Integer remaining) {

    FaultRule toRule(String prefix) {
      try {
        return new FaultRuleSpec(match, effect, probability, times).toRule();
      } catch (IllegalArgumentException e) {
        throw new ApiErrorException(ControlErrors.invalidPrefixed(prefix, e.getMessage()));
      }
    }
  }

  /** {@code PUT /sim/v1/faults}. */
  record RulesBody(List<RuleBody> rules) {}

  private final Simulator simulator;

  FaultRoutes(Simulator simulator) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
  }

  void register(RoutesConfig routes) {
    String path = SimulatorControlApi.BASE + "/faults";
    routes.get(path, this::list);
    routes.put(path, this::replace);
    routes.post(path, this::append);
    routes.delete(path, this::clear);
  }

  private void list(Context ctx) {
    answer(ctx, "Success");
  }

  private void replace(Context ctx) {
    RulesBody body = ControlBodies.read(ctx, RulesBody.class);
    if (body.rules() == null) {
      throw new ApiErrorException(ControlErrors.invalid("rules", "is required (may be empty)"));
    }
    List<FaultRule> rules = new ArrayList<>();
    for (int i = 0; i < body.rules().size(); i++) {
      RuleBody rule = body.rules().get(i);
      if (rule == null) {
        throw new ApiErrorException(ControlErrors.invalid("rules[" + i + "]", "must be a rule"));
      }
      rules.add(rule.toRule("rules[" + i + "]"));
    }
    simulator.faults().set(rules);
    answer(ctx, "Fault rules replaced");
  }

  private void append(Context ctx) {
    simulator.faults().add(ControlBodies.read(ctx, RuleBody.class).toRule(""));
    answer(ctx, "Fault rule added");
  }

  private void clear(Context ctx) {
    simulator.faults().clear();
    answer(ctx, "Fault rules removed");
  }

  private void answer(Context ctx, String message) {
    ApiResponses.ok(ctx, message, ControlViews.faults(simulator.faults().rules()));
  }
}

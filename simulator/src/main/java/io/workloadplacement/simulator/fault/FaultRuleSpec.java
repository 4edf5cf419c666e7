package io.workloadplacement.simulator.fault;

import io.workloadplacement.domain.model.DurationText;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.simulator.clock.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A fault rule as the control API writes it, in plain strings and numbers so that a JSON binder can
 * fill it; {@link #toRule} checks it and {@link #from} renders a rule back. For example:
 *
 * <pre>
 * {"match": {"placement": "bookinfo-*", "cluster": "worker-2", "stepType": "helm"},
 *  "effect": {"type": "failStep", "reason": "ImagePullBackOff", "message": "image not found"},
 *  "probability": 0.5, "times": 2}
 * {"match": {"operation": "list"},
 *  "effect": {"type": "respond", "status": 500, "message": "kubernetes API timeout"}}
 * {"effect": {"type": "latency", "latency": "2s"}}
 * </pre>
 *
 * @param match what it targets; null matches everything
 * @param probability how likely it fires, null for always
 * @param times how many times it may fire, null for unlimited
 */
public record FaultRuleSpec(Match match, Effect effect, Double probability, Integer times) {

  /** The criteria; a null one matches anything. Names are globs ({@code *}, {@code ?}). */
  public record Match(
      String placement, String cluster, String stepType, String stepName, String operation) {}

  /**
   * The effect: {@code type} is {@code failStep} (with {@code reason}, {@code message}), {@code
   * respond} (with {@code status}, {@code message} and an optional {@code latency} before
   * answering) or {@code latency} (with {@code latency}).
   */
  public record Effect(
      String type, String reason, String message, Integer status, String latency) {}

  /**
   * The rule this spells.
   *
   * @throws IllegalArgumentException naming the field at fault
   */
  public FaultRule toRule() {
    FaultMatch m = FaultMatch.any();
    if (match != null) {
      m = glob(m, match.placement(), "match.placement", FaultMatch::placement);
      m = glob(m, match.cluster(), "match.cluster", FaultMatch::cluster);
      m = glob(m, match.stepName(), "match.stepName", FaultMatch::stepName);
      if (match.stepType() != null) {
        m =
            m.stepType(
                StepType.fromWireName(match.stepType())
                    .orElseThrow(
                        () -> invalid("match.stepType", "must be helm, manifest or command")));
      }
      if (match.operation() != null) {
        ApiOperation op =
            ApiOperation.fromWireName(match.operation())
                .orElseThrow(
                    () ->
                        invalid("match.operation", "must be create, list, get, update or delete"));
        m = wrap("match", m, op);
      }
    }
    FaultEffect e = toEffect();
    FaultRule rule;
    try {
      rule = FaultRule.always(m, e);
    } catch (IllegalArgumentException ex) {
      throw invalid("effect.type", ex.getMessage());
    }
    if (probability != null) {
      if (!(probability >= 0 && probability <= 1)) {
        throw invalid("probability", "must be between 0 and 1");
      }
      rule = rule.withProbability(probability);
    }
    if (times != null) {
      if (times < 1) {
        throw invalid("times", "must be at least 1");
      }
      rule = rule.withTimes(times);
    }
    return rule;
  }

  /** {@code rule} as the control API shows it. */
  public static FaultRuleSpec from(FaultRule rule) {
    FaultMatch m = rule.match();
    Match match =
        new Match(
            m.placement().map(Glob::pattern).orElse(null),
            m.cluster().map(Glob::pattern).orElse(null),
            m.stepType().map(StepType::wireName).orElse(null),
            m.stepName().map(Glob::pattern).orElse(null),
            m.operation().map(ApiOperation::wireName).orElse(null));
    Effect effect;
    if (rule.effect() instanceof FaultEffect.FailStep f) {
      effect = new Effect("failStep", f.reason(), f.message(), null, null);
    } else if (rule.effect() instanceof FaultEffect.ApiError a) {
      String delay = a.delay().isZero() ? null : DurationText.format(a.delay());
      effect = new Effect("respond", null, a.message(), a.status(), delay);
    } else {
      Duration d = ((FaultEffect.Latency) rule.effect()).duration();
      effect = new Effect("latency", null, null, null, DurationText.format(d));
    }
    return new FaultRuleSpec(
        match,
        effect,
        rule.probability().isPresent() ? rule.probability().getAsDouble() : null,
        rule.times().isPresent() ? rule.times().getAsInt() : null);
  }

  private FaultEffect toEffect() {
    if (effect == null || effect.type() == null) {
      throw invalid("effect.type", "is required: failStep, respond or latency");
    }
    try {
      return switch (effect.type()) {
        case "failStep" ->
            new FaultEffect.FailStep(
                Optional.ofNullable(effect.reason()).orElse(""),
                Optional.ofNullable(effect.message()).orElse("injected failure"));
        case "respond" -> {
          if (effect.status() == null) {
            throw invalid("effect.status", "is required for respond");
          }
          yield new FaultEffect.ApiError(
              effect.status(),
              Optional.ofNullable(effect.message()).orElse("injected failure"),
              duration(effect.latency(), Duration.ZERO));
        }
        case "latency" -> {
          if (effect.latency() == null) {
            throw invalid("effect.latency", "is required for latency");
          }
          yield new FaultEffect.Latency(duration(effect.latency(), Duration.ZERO));
        }
        default -> throw invalid("effect.type", "must be failStep, respond or latency");
      };
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("effect.")) {
        throw e;
      }
      throw invalid("effect", e.getMessage());
    }
  }

  private static Duration duration(String text, Duration absent) {
    if (text == null) {
      return absent;
    }
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw invalid("effect.latency", e.getMessage());
    }
  }

  private static FaultMatch glob(
      FaultMatch m, String pattern, String field, BiFunction<FaultMatch, String, FaultMatch> with) {
    if (pattern == null) {
      return m;
    }
    if (pattern.isEmpty()) {
      throw invalid(field, "must not be empty");
    }
    return with.apply(m, pattern);
  }

  private static FaultMatch wrap(String field, FaultMatch m, ApiOperation op) {
    try {
      return m.operation(op);
    } catch (IllegalArgumentException e) {
      throw invalid(field, e.getMessage());
    }
  }

  private static IllegalArgumentException invalid(String field, String message) {
    return new IllegalArgumentException(field + ": " + message);
  }
}

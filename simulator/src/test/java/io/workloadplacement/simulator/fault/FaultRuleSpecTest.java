package io.workloadplacement.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.model.StepType;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultRuleSpecTest {

  @Test
  void aStepFailureSpecBecomesARuleAndBack() {
    FaultRuleSpec spec =
        new FaultRuleSpec(
            new FaultRuleSpec.Match("bookinfo-*", "worker-2", "helm", "cuda", null),
            new FaultRuleSpec.Effect("failStep", "ImagePullBackOff", "image not found", null, null),
            0.5,
            2);

    FaultRule rule = spec.toRule();

    assertThat(rule.match().matchesStep("bookinfo-1", "worker-2", StepType.HELM, "cuda")).isTrue();
    assertThat(rule.effect())
        .isEqualTo(new FaultEffect.FailStep("ImagePullBackOff", "image not found"));
    assertThat(rule.probability()).hasValue(0.5);
    assertThat(rule.times()).hasValue(2);
    assertThat(FaultRuleSpec.from(rule)).isEqualTo(spec);
  }

  @Test
  void anApiErrorSpecBecomesARuleAndBack() {
    FaultRuleSpec spec =
        new FaultRuleSpec(
            new FaultRuleSpec.Match(null, null, null, null, "list"),
            new FaultRuleSpec.Effect("respond", null, "kubernetes API timeout", 500, "1m30s"),
            null,
            null);

    FaultRule rule = spec.toRule();

    assertThat(rule.match().matchesApi(ApiOperation.LIST, Optional.empty())).isTrue();
    assertThat(rule.effect())
        .isEqualTo(new FaultEffect.ApiError(500, "kubernetes API timeout", Duration.ofSeconds(90)));
    assertThat(FaultRuleSpec.from(rule)).isEqualTo(spec);
  }

  @Test
  void aLatencySpecWithoutMatchTargetsEverything() {
    FaultRule rule =
        new FaultRuleSpec(
                null, new FaultRuleSpec.Effect("latency", null, null, null, "250ms"), null, null)
            .toRule();

    assertThat(rule.match()).isEqualTo(FaultMatch.any());
    assertThat(rule.effect()).isEqualTo(new FaultEffect.Latency(Duration.ofMillis(250)));
  }

  @Test
  void mistakesNameTheirField() {
    assertInvalid(match(null, "yaml", null), effect("latency"), "match.stepType");
    assertInvalid(match(null, null, "patch"), effect("latency"), "match.operation");
    assertInvalid(match("w", null, "get"), effect("latency"), "match");
    assertInvalid(null, null, "effect.type");
    assertInvalid(null, effect("explode"), "effect.type");
    assertInvalid(
        null, new FaultRuleSpec.Effect("respond", null, "x", null, null), "effect.status");
    assertInvalid(null, new FaultRuleSpec.Effect("respond", null, "x", 200, null), "effect");
    assertInvalid(
        null, new FaultRuleSpec.Effect("latency", null, null, null, "soon"), "effect.latency");
    assertInvalid(
        null, new FaultRuleSpec.Effect("latency", null, null, null, null), "effect.latency");
    assertInvalid(
        match(null, null, "get"),
        new FaultRuleSpec.Effect("failStep", null, null, null, null),
        "effect.type");
    assertThatThrownBy(() -> new FaultRuleSpec(null, effect("latency"), 2.0, null).toRule())
        .hasMessageStartingWith("probability:");
    assertThatThrownBy(() -> new FaultRuleSpec(null, effect("latency"), null, 0).toRule())
        .hasMessageStartingWith("times:");
  }

  private static FaultRuleSpec.Match match(String cluster, String stepType, String operation) {
    return new FaultRuleSpec.Match(null, cluster, stepType, null, operation);
  }

  private static FaultRuleSpec.Effect effect(String type) {
    return new FaultRuleSpec.Effect(type, null, null, null, "1s");
  }

  private static void assertInvalid(
      FaultRuleSpec.Match match, FaultRuleSpec.Effect effect, String field) {
    assertThatThrownBy(() -> new FaultRuleSpec(match, effect, null, null).toRule())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(field);
  }
}

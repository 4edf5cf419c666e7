package io.workloadplacement.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.model.StepType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultRulesTest {

  private static final FaultEffect.FailStep FAIL = new FaultEffect.FailStep("Boom", "it broke");
  private static final FaultEffect.ApiError TIMEOUT =
      new FaultEffect.ApiError(500, "kubernetes API timeout");

  private final FaultRules rules = new FaultRules(7);

  @Test
  void firstMatchingRuleWins() {
    FaultEffect.Latency slow = new FaultEffect.Latency(Duration.ofSeconds(5));
    rules.set(
        List.of(
            FaultRule.always(FaultMatch.any().cluster("worker-2"), FAIL),
            FaultRule.always(FaultMatch.any().placement("book*"), slow)));

    assertThat(rules.matchStep("bookinfo", "worker-2", StepType.HELM, "cuda")).contains(FAIL);
    assertThat(rules.matchStep("bookinfo", "worker-1", StepType.HELM, "cuda")).contains(slow);
    assertThat(rules.matchStep("other", "worker-1", StepType.HELM, "cuda")).isEmpty();
  }

  @Test
  void stepCriteriaAllHaveToMatch() {
    rules.add(
        FaultRule.always(
            FaultMatch.any()
                .placement("a?c")
                .cluster("w-*")
                .stepType(StepType.HELM)
                .stepName("cu*"),
            FAIL));

    assertThat(rules.matchStep("abc", "w-1", StepType.HELM, "cuda")).isPresent();
    assertThat(rules.matchStep("abbc", "w-1", StepType.HELM, "cuda")).isEmpty();
    assertThat(rules.matchStep("abc", "x-1", StepType.HELM, "cuda")).isEmpty();
    assertThat(rules.matchStep("abc", "w-1", StepType.COMMAND, "cuda")).isEmpty();
    assertThat(rules.matchStep("abc", "w-1", StepType.HELM, "nginx")).isEmpty();
  }

  @Test
  void itIsEmptyUntilARuleIsAddedAndAfterTheRulesAreCleared() {
    assertThat(rules.isEmpty()).isTrue();
    rules.add(FaultRule.always(FaultMatch.any().operation(ApiOperation.LIST), TIMEOUT));
    assertThat(rules.isEmpty()).isFalse();
    rules.clear();
    assertThat(rules.isEmpty()).isTrue();
    rules.set(List.of(FaultRule.always(FaultMatch.any(), TIMEOUT)));
    assertThat(rules.isEmpty()).isFalse();
    rules.reset();
    assertThat(rules.isEmpty()).isTrue();
  }

  @Test
  void apiRulesMatchOperationsAndPlacementNamesButNeverSteps() {
    rules.add(FaultRule.always(FaultMatch.any().operation(ApiOperation.LIST), TIMEOUT));
    rules.add(
        FaultRule.always(
            FaultMatch.any().placement("flaky-*"), new FaultEffect.ApiError(503, "unavailable")));

    assertThat(rules.matchApi(ApiOperation.LIST, Optional.empty())).contains(TIMEOUT);
    assertThat(rules.matchApi(ApiOperation.GET, Optional.of("flaky-1")))
        .get()
        .extracting(f -> ((FaultEffect.ApiError) f).status())
        .isEqualTo(503);
    assertThat(rules.matchApi(ApiOperation.GET, Optional.of("steady"))).isEmpty();
    // an API error cannot fail a step, so the placement pattern alone does not touch steps
    assertThat(rules.matchStep("flaky-1", "w", StepType.HELM, "cuda")).isEmpty();
  }

  @Test
  void latencyAppliesToStepsAndApiCallsAlike() {
    FaultEffect.Latency slow = new FaultEffect.Latency(Duration.ofMillis(300));
    rules.add(FaultRule.always(FaultMatch.any(), slow));

    assertThat(rules.matchApi(ApiOperation.CREATE, Optional.of("x"))).contains(slow);
    assertThat(rules.matchStep("x", "w", StepType.COMMAND, "c")).contains(slow);
  }

  @Test
  void aRuleFiresAtMostItsTimesThenTheNextRuleGetsItsTurn() {
    FaultEffect.Latency slow = new FaultEffect.Latency(Duration.ofSeconds(1));
    rules.set(
        List.of(
            FaultRule.always(FaultMatch.any(), FAIL).withTimes(2),
            FaultRule.always(FaultMatch.any(), slow)));

    assertThat(rules.matchStep("p", "w", StepType.HELM, "s")).contains(FAIL);
    assertThat(rules.matchStep("p", "w", StepType.HELM, "s")).contains(FAIL);
    assertThat(rules.matchStep("p", "w", StepType.HELM, "s")).contains(slow);
    assertThat(rules.rules()).extracting(FaultRuleState::fired).containsExactly(2, 1);
    assertThat(rules.rules().get(0).remaining()).hasValue(0);
  }

  @Test
  void probabilityIsDecidedByTheSeededRandom() {
    List<Boolean> first = draws(new FaultRules(99));
    List<Boolean> again = draws(new FaultRules(99));

    assertThat(again).isEqualTo(first);
    assertThat(first).contains(true, false);
    long fired = first.stream().filter(b -> b).count();
    assertThat(fired).isBetween(20L, 80L);
  }

  @Test
  void resetClearsRulesAndReseeds() {
    List<Boolean> first = draws(rules);
    rules.reset();
    assertThat(rules.rules()).isEmpty();
    assertThat(draws(rules)).isEqualTo(first);
  }

  @Test
  void rulesRefuseContradictions() {
    assertThatThrownBy(() -> FaultRule.always(FaultMatch.any().operation(ApiOperation.GET), FAIL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultRule.always(FaultMatch.any().cluster("w"), TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultMatch.any().cluster("w").operation(ApiOperation.GET))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultRule.always(FaultMatch.any(), FAIL).withProbability(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FaultRule.always(FaultMatch.any(), FAIL).withTimes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FaultEffect.ApiError(200, "ok"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Boolean> draws(FaultRules target) {
    target.set(List.of(FaultRule.always(FaultMatch.any(), FAIL).withProbability(0.5)));
    List<Boolean> out = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      out.add(target.matchStep("p", "w", StepType.HELM, "s").isPresent());
    }
    return out;
  }
}

package io.workloadplacement.conformance.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyRunnerTest {

  private static final PropertyConfig CONFIG = new PropertyConfig(200, 42L, 30, 1000);

  @Test
  void aPropertyThatHoldsPasses() {
    PropertyResult result =
        new PropertyRunner(CONFIG)
            .run("sum", Gen.listOf(Gen.integer(0, 9), 0, 10), l -> {}, String::valueOf);
    assertThat(result).isInstanceOf(PropertyResult.Passed.class);
  }

  @Test
  void aFailingListShrinksToTheMinimalCounterexample() {
    // fails when the list holds a 7 after a 3: the minimal case is exactly [3, 7]
    PropertyResult result =
        new PropertyRunner(CONFIG)
            .run(
                "no 3 before 7",
                Gen.listOf(Gen.integer(0, 9), 0, 30),
                l -> {
                  int three = l.indexOf(3);
                  if (three >= 0 && l.subList(three, l.size()).contains(7)) {
                    throw new AssertionError("3 before 7");
                  }
                },
                String::valueOf);
    assertThat(result).isInstanceOf(PropertyResult.Failed.class);
    PropertyResult.Failed failed = (PropertyResult.Failed) result;
    assertThat(failed.minimal()).isEqualTo("[3, 7]");
    assertThat(failed.describe()).contains("-Dconformance.seed=42");
  }

  @Test
  void valuesShrinkTowardsTheirSimplestForm() {
    PropertyResult result =
        new PropertyRunner(CONFIG)
            .run(
                "small",
                Gen.integer(0, 1000),
                i -> {
                  if (i >= 100) {
                    throw new AssertionError("too big");
                  }
                },
                String::valueOf);
    assertThat(((PropertyResult.Failed) result).minimal()).isEqualTo("100");
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    Gen<List<Integer>> gen = Gen.listOf(Gen.integer(0, 1000), 1, 20);
    assertThat(gen.sample(new java.util.SplittableRandom(7)))
        .isEqualTo(gen.sample(new java.util.SplittableRandom(7)));
  }

  @Test
  void aSkipIsReportedAsSkipped() {
    PropertyResult result =
        new PropertyRunner(CONFIG)
            .run(
                "needs control",
                Gen.constant(1),
                i -> {
                  throw new SkipException("no control API");
                },
                String::valueOf);
    assertThat(result).isEqualTo(new PropertyResult.Skipped("needs control", "no control API"));
  }
}

package io.workloadplacement.domain.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.workloadplacement.domain.model.BurstDuration;

/**
 * Whatever text a client sends as burstDuration, parsing either yields a positive duration that
 * keeps the text, or refuses with IllegalArgumentException; and it accepts only what the CRD
 * pattern accepts. Runs its corpus in every build; {@code JAZZER_FUZZ=1} fuzzes it.
 */
class BurstDurationFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void parsingNeverFailsInAnUnexpectedWay(String text) {
    BurstDuration parsed;
    try {
      parsed = BurstDuration.parse(text);
    } catch (IllegalArgumentException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(parsed.text()).isEqualTo(text);
    assertThat(parsed.duration()).isPositive();
    assertThat(text).hasSizeLessThanOrEqualTo(BurstDuration.MAX_LENGTH);
    assertThat(BurstDuration.PATTERN.matcher(text).matches()).isTrue();
  }
}

package io.workloadplacement.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationTextTest {

  @ParameterizedTest
  @CsvSource({
    "PT0S, 0s",
    "PT0.25S, 250ms",
    "PT2S, 2s",
    "PT1.5S, 1.5s",
    "PT15M, 15m0s",
    "PT1H2M3S, 1h2m3s",
    "PT26H, 26h0m0s",
    "PT1M0.12S, 1m0.12s",
    "-PT2S, -2s"
  })
  void formatsLikeGo(Duration duration, String expected) {
    assertThat(DurationText.format(duration)).isEqualTo(expected);
  }
}

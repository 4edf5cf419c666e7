package io.workloadplacement.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    "PT1.0004S, 1s",
    "PT0.0015S, 1ms",
    "-PT2S, -2s"
  })
  void formatsLikeGoToTheMillisecond(Duration duration, String expected) {
    assertThat(DurationText.format(duration)).isEqualTo(expected);
  }

  /** Expected texts are what Go's time.Duration.String() prints for the same nanoseconds. */
  @ParameterizedTest
  @CsvSource({
    "0, 0s",
    "1, 1ns",
    "999, 999ns",
    "1500, 1.5µs",
    "1000000, 1ms",
    "250000000, 250ms",
    "1500000001, 1.500000001s",
    "60000000000, 1m0s",
    "3723000000000, 1h2m3s",
    "90061500000000, 25h1m1.5s",
    "-1500000000, -1.5s"
  })
  void formatsExactlyAsGoDoesAndParsesBack(long nanos, String text) {
    Duration duration = Duration.ofNanos(nanos);

    assertThat(DurationText.formatExact(duration)).isEqualTo(text);
    assertThat(DurationText.parse(text)).isEqualTo(duration);
  }

  @ParameterizedTest
  @CsvSource({"0, PT0S", "0.0s, PT0S", "+90s, PT1M30S", "1d, PT24H", "-1h30m, -PT1H30M"})
  void parsesGoSignsAndZeroAndTheCrdDay(String text, Duration expected) {
    assertThat(DurationText.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1x", "s", "1.s", "--1s", "00", "1 s", "PT1S"})
  void refusesWhatIsNotADuration(String text) {
    assertThatThrownBy(() -> DurationText.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1s", "+1s"})
  void theCrdSyntaxHasNoSignAndNoBareZero(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DurationText.parseUnsigned(text))
        .withMessage(DurationText.SYNTAX);
  }
}

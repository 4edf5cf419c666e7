package io.workloadplacement.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BurstDurationTest {

  @ParameterizedTest
  @CsvSource({
    "15m, PT15M",
    "1.5h, PT1H30M",
    "2d5h30m, PT53H30M",
    "1d, PT24H",
    "90s, PT1M30S",
    "1h1h, PT2H",
    "250ms, PT0.25S",
    "10us, PT0.00001S",
    "10µs, PT0.00001S",
    "7ns, PT0.000000007S",
    "0.5s, PT0.5S",
    "0s1ns, PT0.000000001S",
    "1.0000000001s, PT1S"
  })
  void parsesEveryUnitAndKeepsTheText(String text, Duration expected) {
    BurstDuration parsed = BurstDuration.parse(text);
    assertThat(parsed.duration()).isEqualTo(expected);
    assertThat(parsed.text()).isEqualTo(text);
    assertThat(parsed).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "15", "m", "1.h", ".5h", "-1m", "1 m", "1M", "1H", "1w", "1y", "15m ", "1e3s", "1,5h",
        "+1m"
      })
  void rejectsWhatTheCrdPatternRejects(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> BurstDuration.parse(text));
    assertThat(BurstDuration.isValid(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "0m0s", "0.0h", "0.0000000001s"})
  void rejectsZero(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BurstDuration.parse(text))
        .withMessage("must be greater than zero");
  }

  @Test
  void rejectsDurationsBeyondWhatNanosecondsCanHold() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BurstDuration.parse("106752d"))
        .withMessageContaining("too long");
    assertThat(BurstDuration.parse("106751d").duration()).isEqualTo(Duration.ofDays(106751));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BurstDuration.parse("99999999999999999999999h"))
        .withMessageContaining("too long");
  }

  @Test
  void rejectsMoreThanAHundredCharacters() {
    String text = "1s".repeat(50) + "1";
    assertThat(text).hasSize(101);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BurstDuration.parse(text))
        .withMessageContaining("at most 100");
    assertThat(BurstDuration.parse("1s".repeat(50)).duration()).isEqualTo(Duration.ofSeconds(50));
  }

  @Test
  void rejectsNull() {
    assertThatIllegalArgumentException().isThrownBy(() -> BurstDuration.parse(null));
  }

  @Test
  void theRecordRefusesANonPositiveDuration() {
    assertThatIllegalArgumentException().isThrownBy(() -> new BurstDuration("0s", Duration.ZERO));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new BurstDuration("x", Duration.ofSeconds(-1)));
  }
}

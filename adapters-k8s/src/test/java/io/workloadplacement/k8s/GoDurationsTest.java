package io.workloadplacement.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationsTest {

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
  void formatsAsGoDoesAndParsesBack(long nanos, String text) {
    Duration duration = Duration.ofNanos(nanos);

    assertThat(GoDurations.format(duration)).isEqualTo(text);
    assertThat(GoDurations.parse(text)).isEqualTo(duration);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1x", "s", "1.s", "--1s"})
  void refusesWhatIsNotADuration(String text) {
    assertThatThrownBy(() -> GoDurations.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}

package io.workloadplacement.simulator.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SimulationClockTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");

  private final AtomicLong realNanos = new AtomicLong(1_000);

  @Test
  void manualClockStandsStillUntilMoved() {
    SimulationClock clock = new SimulationClock(T0, ClockMode.MANUAL, 1, realNanos::get);
    realNanos.addAndGet(Duration.ofHours(1).toNanos());

    assertThat(clock.instant()).isEqualTo(T0);
    clock.moveTo(T0.plusSeconds(5));
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(5));
    assertThat(clock.realNanosUntil(T0.plusSeconds(6))).isEqualTo(Long.MAX_VALUE);
    assertThat(clock.realNanosUntil(T0)).isZero();
  }

  @Test
  void timeNeverGoesBackButOnReset() {
    SimulationClock clock = new SimulationClock(T0, ClockMode.MANUAL, 1, realNanos::get);
    clock.moveTo(T0.plusSeconds(10));

    clock.moveTo(T0.plusSeconds(3));
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(10));

    clock.resetTo(T0);
    assertThat(clock.instant()).isEqualTo(T0);
  }

  @Test
  void realtimeClockRunsAtItsSpeed() {
    SimulationClock clock = new SimulationClock(T0, ClockMode.REALTIME, 60, realNanos::get);

    realNanos.addAndGet(Duration.ofSeconds(2).toNanos());

    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(120));
    assertThat(clock.realNanosUntil(T0.plusSeconds(180)))
        .isEqualTo(Duration.ofSeconds(1).toNanos());
  }

  @Test
  void switchingModeOrSpeedDoesNotMakeTimeJump() {
    SimulationClock clock = new SimulationClock(T0, ClockMode.REALTIME, 10, realNanos::get);
    realNanos.addAndGet(Duration.ofSeconds(1).toNanos());

    clock.set(ClockMode.MANUAL, 10);
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(10));
    realNanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(10));

    clock.set(ClockMode.REALTIME, 2);
    realNanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(clock.read()).isEqualTo(new ClockState(T0.plusSeconds(12), ClockMode.REALTIME, 2));
  }

  @Test
  void speedMustBePositiveAndBounded() {
    assertThatThrownBy(() -> new SimulationClock(T0, ClockMode.REALTIME, 0))
        .isInstanceOf(IllegalArgumentException.class);
    SimulationClock clock = new SimulationClock(T0, ClockMode.REALTIME, 1);
    assertThatThrownBy(() -> clock.set(ClockMode.REALTIME, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clock.set(ClockMode.REALTIME, 2_000_000))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

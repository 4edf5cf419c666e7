package io.workloadplacement.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.simulator.Simulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A stop (what SIGTERM does) is not held up by a clock advance that still has far to go. */
class StopDuringLongAdvanceTest {

  private static final Duration GRACE = Duration.ofSeconds(5);

  @Test
  void closingDuringALongAdvanceReturnsWithinTheGracePeriod() throws Exception {
    HttpSim sim = HttpSim.withGracefulStop(GRACE);
    Simulator simulator = sim.server.simulator();
    // thousands of lifecycles queued on 8 GPUs: tens of thousands of transitions in one advance
    for (int i = 0; i < 5000; i++) {
      simulator
          .placements()
          .create(
              new CreatePlacementCommand(
                  SamplePlacements.oneCommand("ws", "p-" + i, List.of("one-cluster"))));
    }
    Thread advancing =
        new Thread(
            () -> {
              try {
                sim.advance("3650d");
              } catch (RuntimeException | AssertionError e) {
                // the server went away under it: expected
              }
            });
    advancing.start();
    Eventually.await(
        Duration.ofSeconds(20),
        () -> simulator.clock().now().isAfter(HttpSim.T0),
        "the advance to be running");

    long before = System.nanoTime();
    sim.close();
    Duration took = Duration.ofNanos(System.nanoTime() - before);
    advancing.join(TimeUnit.SECONDS.toMillis(10));

    assertThat(took).isLessThan(GRACE);
    assertThat(advancing.isAlive()).isFalse();
    assertThat(simulator.clock().now())
        .as("the advance was cut short")
        .isBefore(HttpSim.T0.plus(Duration.ofDays(3650)));
  }
}

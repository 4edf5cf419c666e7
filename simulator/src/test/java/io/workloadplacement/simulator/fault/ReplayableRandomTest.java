package io.workloadplacement.simulator.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fault rules' random draws what {@link Random} draws, and resumes from its kept state. */
class ReplayableRandomTest {

  @Test
  void itDrawsWhatJavasRandomDrawsForTheSameSeed() {
    for (long seed : new long[] {0, 42, -7, Long.MAX_VALUE}) {
      Random reference = new Random(seed);
      ReplayableRandom replayable = ReplayableRandom.seeded(seed);
      for (int i = 0; i < 1000; i++) {
        assertThat(replayable.nextDouble())
            .as("draw %d of seed %d", i, seed)
            .isEqualTo(reference.nextDouble());
      }
    }
  }

  @Test
  void aResumedRandomDrawsWhatTheFirstWouldHaveDrawnNext() {
    ReplayableRandom first = ReplayableRandom.seeded(42);
    for (int i = 0; i < 17; i++) {
      first.nextDouble();
    }
    ReplayableRandom resumed = ReplayableRandom.resumed(first.state());

    for (int i = 0; i < 100; i++) {
      assertThat(resumed.nextDouble()).isEqualTo(first.nextDouble());
    }
  }
}

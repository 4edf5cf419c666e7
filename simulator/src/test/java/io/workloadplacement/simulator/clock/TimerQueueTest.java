package io.workloadplacement.simulator.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TimerQueueTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");

  private final TimerQueue queue = new TimerQueue();
  private long nextSequence;

  @Test
  void actionsComeOutByDueTimeThenInTheOrderTheyWereScheduled() {
    ScheduledAction late = add(30);
    ScheduledAction early = add(10);
    ScheduledAction sameAsEarly = add(10);
    ScheduledAction middle = add(20);
    ScheduledAction alsoLate = add(30);

    assertThat(drain()).containsExactly(early, sameAsEarly, middle, late, alsoLate);
  }

  @Test
  void anyMixOfInOrderAndEarlierActionsComesOutSorted() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 200; round++) {
      List<ScheduledAction> added = new ArrayList<>();
      List<ScheduledAction> polled = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        // mostly the same or later due times, as a burst of creates schedules them
        added.add(add(random.nextInt(10) < 8 ? 1000 + i : random.nextInt(1300)));
        if (random.nextInt(4) == 0) {
          ScheduledAction first = queue.poll();
          assertThat(first)
              .isEqualTo(
                  added.stream()
                      .filter(a -> !polled.contains(a))
                      .min(TimerQueue.ORDER)
                      .orElseThrow());
          polled.add(first);
        }
      }
      List<ScheduledAction> rest = new ArrayList<>(added);
      rest.removeAll(polled);
      rest.sort(TimerQueue.ORDER);
      assertThat(drain()).containsExactlyElementsOf(rest);
      assertThat(queue.size()).isZero();
    }
  }

  @Test
  void removedActionsNeverComeOut() {
    ScheduledAction kept = add(10);
    ScheduledAction dropped = add(20);
    ScheduledAction earlierDropped = add(5);
    ScheduledAction alsoKept = add(7);

    queue.removeIf(a -> a == dropped || a == earlierDropped);

    assertThat(queue.size()).isEqualTo(2);
    assertThat(drain()).containsExactly(alsoKept, kept);
  }

  @Test
  void actionsInOrderCostTheSameWorkWhateverHowManyWait() {
    assertThat(comparisonsPerActionInOrder(1_000)).isEqualTo(comparisonsPerActionInOrder(100_000));
  }

  /** Work per action of adding {@code count} actions, all at one due time, then taking them out. */
  private static double comparisonsPerActionInOrder(int count) {
    TimerQueueTest test = new TimerQueueTest();
    for (int i = 0; i < count; i++) {
      test.add(60);
    }
    test.drain();
    return Math.round(10.0 * test.queue.comparisons() / count) / 10.0;
  }

  private ScheduledAction add(long seconds) {
    ScheduledAction action =
        new ScheduledAction(
            nextSequence++, T0.plusSeconds(seconds), null, "at " + seconds, () -> {});
    queue.add(action);
    return action;
  }

  private List<ScheduledAction> drain() {
    List<ScheduledAction> out = new ArrayList<>();
    for (ScheduledAction a = queue.poll(); a != null; a = queue.poll()) {
      out.add(a);
    }
    return out;
  }
}

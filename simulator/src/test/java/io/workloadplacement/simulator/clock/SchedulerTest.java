package io.workloadplacement.simulator.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SchedulerTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");

  private final SimulationClock clock = new SimulationClock(T0, ClockMode.MANUAL, 1);
  private final Scheduler scheduler = new Scheduler(clock);
  private final List<String> ran = new ArrayList<>();

  @Test
  void advanceRunsDueActionsInOrderEachAtItsDueTime() {
    record(5, "c");
    record(1, "a");
    record(3, "b");
    record(3, "b2"); // same due time: order of scheduling
    record(11, "late");

    Instant after = scheduler.advance(Duration.ofSeconds(10));

    assertThat(after).isEqualTo(T0.plusSeconds(10));
    assertThat(ran).containsExactly("a@1", "b@3", "b2@3", "c@5");
    assertThat(scheduler.pending())
        .extracting(ScheduledAction::description)
        .containsExactly("late");
  }

  @Test
  void actionsScheduledByActionsWithinTheSpanRunToo() {
    scheduler.scheduleIn(
        Duration.ofSeconds(2),
        "p",
        "first",
        () -> {
          ran.add("first@" + seconds());
          scheduler.scheduleIn(
              Duration.ofSeconds(2), "p", "second", () -> ran.add("second@" + seconds()));
        });

    scheduler.advance(Duration.ofSeconds(4));

    assertThat(ran).containsExactly("first@2", "second@4");
  }

  @Test
  void cancelledActionsNeverRun() {
    ScheduledAction a = record(1, "a");
    record(2, "b");

    scheduler.cancel(a);
    scheduler.advance(Duration.ofSeconds(5));

    assertThat(ran).containsExactly("b@2");
    assertThat(a.isCancelled()).isTrue();
  }

  @Test
  void actionsMadeDueByExclusiveWorkRunBeforeItReturns() {
    scheduler.exclusive(
        () -> {
          scheduler.scheduleIn(Duration.ZERO, null, "now", () -> ran.add("now"));
          assertThat(ran).isEmpty();
        });

    assertThat(ran).containsExactly("now");
  }

  @Test
  void aFailingActionDoesNotStopTheOthers() {
    scheduler.scheduleIn(
        Duration.ofSeconds(1),
        null,
        "broken",
        () -> {
          throw new IllegalStateException("boom");
        });
    record(2, "fine");

    scheduler.advance(Duration.ofSeconds(2));

    assertThat(ran).containsExactly("fine@2");
  }

  @Test
  void nextFindsTheEarliestPendingActionOfAPlacement() {
    record(4, "x");
    scheduler.scheduleIn(Duration.ofSeconds(7), "other", "y", () -> {});

    assertThat(scheduler.next(a -> a.placement().isPresent()).orElseThrow().description())
        .isEqualTo("x");
    assertThat(scheduler.next(a -> a.placement().filter("other"::equals).isPresent()))
        .get()
        .extracting(ScheduledAction::due)
        .isEqualTo(T0.plusSeconds(7));
  }

  @Test
  void aNegativeAdvanceIsRefused() {
    assertThatThrownBy(() -> scheduler.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inRealtimeModeTheDriverFiresActionsOnItsOwn() throws Exception {
    SimulationClock fast = new SimulationClock(T0, ClockMode.REALTIME, 10_000);
    try (Scheduler realtime = new Scheduler(fast)) {
      realtime.start();
      CountDownLatch fired = new CountDownLatch(1);
      List<Instant> at = new ArrayList<>();
      realtime.exclusive(
          () ->
              realtime.schedule(
                  T0.plusSeconds(60),
                  null,
                  "in a minute",
                  () -> {
                    at.add(fast.instant());
                    fired.countDown();
                  }));

      // a simulated minute is 6 real milliseconds at 10000x
      assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(at.get(0)).isAfterOrEqualTo(T0.plusSeconds(60));
    }
  }

  @Test
  void switchingToRealtimeWakesTheDriver() throws Exception {
    try (Scheduler driven = new Scheduler(clock)) {
      driven.start();
      CountDownLatch fired = new CountDownLatch(1);
      driven.scheduleIn(Duration.ofSeconds(30), null, "later", fired::countDown);
      assertThat(fired.await(50, TimeUnit.MILLISECONDS)).isFalse();

      clock.set(ClockMode.REALTIME, 100_000);
      driven.clockChanged();

      assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void stopEndsAnAdvanceThatWouldNeverFinishWithoutWaitingForItsLock() throws Exception {
    tick(); // an action that schedules itself again every millisecond: endless work
    Thread advancing = new Thread(() -> scheduler.advance(Duration.ofDays(365 * 100)));
    advancing.start();
    awaitUntil(() -> clock.instant().isAfter(T0.plusSeconds(1)), "the advance to be running");

    long before = System.nanoTime();
    scheduler.stop();
    advancing.join(TimeUnit.SECONDS.toMillis(10));
    scheduler.close();

    assertThat(advancing.isAlive()).as("advance still running after stop").isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
    assertThat(clock.instant()).isBefore(T0.plus(Duration.ofDays(365)));
    Instant stoppedAt = clock.instant();
    scheduler.advance(Duration.ofSeconds(5));
    assertThat(clock.instant()).as("nothing runs after stop").isEqualTo(stoppedAt);
  }

  @Test
  void anInterruptedAdvanceEndsAtTheNextAction() throws Exception {
    tick();
    Thread advancing = new Thread(() -> scheduler.advance(Duration.ofDays(365 * 100)));
    advancing.start();
    awaitUntil(() -> clock.instant().isAfter(T0.plusSeconds(1)), "the advance to be running");

    advancing.interrupt();
    advancing.join(TimeUnit.SECONDS.toMillis(10));

    assertThat(advancing.isAlive()).as("advance still running after interrupt").isFalse();
    assertThat(scheduler.pendingCount()).isEqualTo(1); // the next tick, not lost
  }

  @Test
  void cancelledActionsAreSweptOnceTheyAreTheMajority() {
    List<ScheduledAction> actions = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      actions.add(record(10 + i, "a" + i));
    }
    for (int i = 0; i < 4000; i++) {
      scheduler.cancel(actions.get(i));
      scheduler.cancel(actions.get(i)); // twice is harmless
    }

    assertThat(scheduler.pendingCount()).isEqualTo(1000);
    assertThat(scheduler.pending())
        .hasSize(1000)
        .first()
        .extracting(ScheduledAction::description)
        .isEqualTo("a4000");
    scheduler.advance(Duration.ofHours(3));
    assertThat(ran).hasSize(1000).first().isEqualTo("a4000@4010");
    assertThat(scheduler.pendingCount()).isZero();
  }

  private void tick() {
    scheduler.scheduleIn(Duration.ofMillis(1), null, "tick", () -> tick());
  }

  private static void awaitUntil(java.util.function.BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  private ScheduledAction record(int seconds, String label) {
    return scheduler.scheduleIn(
        Duration.ofSeconds(seconds), "p", label, () -> ran.add(label + "@" + seconds()));
  }

  private long seconds() {
    return Duration.between(T0, clock.instant()).toSeconds();
  }
}

package io.workloadplacement.simulator.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timer queue of the simulation and its one lock. Every change to simulated state happens while
 * holding that lock: the actions it runs, and the work callers hand to {@link #exclusive}. Actions
 * run in order of due time (then of scheduling), with the clock set to their due time in manual
 * mode. In realtime mode one driver thread fires them as the clock reaches them.
 *
 * <p>Work handed to {@link #exclusive} from outside any action may make actions due (a delete frees
 * GPUs, say); they run before {@code exclusive} returns, so callers never see a state that is due
 * to change "now".
 *
 * <p>Cancelling is O(1): a cancelled action stays in the queue, skipped when it comes up, until
 * cancelled ones are the majority and the queue is swept. {@link #stop} ends a running {@link
 * #advance} at its next action without waiting for the lock, however long the advance.
 */
public final class Scheduler implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

  private final SimulationClock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wakeUp = lock.newCondition();
  private final TimerQueue queue = new TimerQueue();
  private int cancelledInQueue;
  private long nextSequence;
  private boolean running; // an action loop is on this thread's stack
  private Thread driver;
  private volatile boolean closed;
  private Runnable checkpoint = () -> {};
  private long modifications; // guarded by the lock

  public Scheduler(SimulationClock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The clock the actions are due on. */
  public SimulationClock clock() {
    return clock;
  }

  /** Starts the thread that fires actions in realtime mode. */
  public void start() {
    lock.lock();
    try {
      if (driver == null && !closed) {
        driver = new Thread(this::drive, "simulation-clock");
        driver.setDaemon(true);
        driver.start();
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs {@code checkpoint} under the lock after every outermost {@link #exclusive} and every round
   * of realtime actions, once what they made due has run: the point where a change is complete (the
   * durable state writes it there).
   */
  public void setCheckpoint(Runnable checkpoint) {
    lock.lock();
    try {
      this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
    } finally {
      lock.unlock();
    }
  }

  /**
   * How many times the queue or the clock changed so far (an action scheduled, cancelled or run, a
   * clear, an advance, a mode change): a cheap way to tell whether anything happened.
   */
  public long modifications() {
    lock.lock();
    try {
      return modifications;
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code work} under the simulation lock, then whatever it made due. */
  public <T> T exclusive(Supplier<T> work) {
    lock.lock();
    try {
      T result = work.get();
      if (lock.getHoldCount() == 1 && !running) {
        runDue();
        checkpoint.run();
      }
      return result;
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code work} under the simulation lock, then whatever it made due. */
  public void exclusive(Runnable work) {
    exclusive(
        () -> {
          work.run();
          return null;
        });
  }

  /** Schedules {@code body} at {@code due}; a due time already past runs as soon as possible. */
  public ScheduledAction schedule(
      Instant due, String placement, String description, Runnable body) {
    lock.lock();
    try {
      ScheduledAction action =
          new ScheduledAction(nextSequence++, due, placement, description, body);
      queue.add(action);
      action.queued = true;
      modifications++;
      wakeUp.signalAll();
      return action;
    } finally {
      lock.unlock();
    }
  }

  /** Schedules {@code body} {@code delay} from now. */
  public ScheduledAction scheduleIn(
      Duration delay, String placement, String description, Runnable body) {
    return schedule(clock.instant().plus(delay), placement, description, body);
  }

  /** Makes sure {@code action} never runs; null and already run actions are ignored. */
  public void cancel(ScheduledAction action) {
    if (action != null) {
      lock.lock();
      try {
        boolean wasLive = !action.isCancelled() && action.queued;
        action.cancel();
        modifications++;
        if (wasLive) {
          cancelledInQueue++;
          sweepIfMostlyCancelled();
        }
      } finally {
        lock.unlock();
      }
    }
  }

  /**
   * Moves the clock forward by {@code span}, running every action due in it in order, each with the
   * clock set to its due time. After {@link #stop}, or when the calling thread is interrupted, it
   * ends at the next action, with the clock at the last action that ran.
   *
   * @return the time after the advance
   */
  public Instant advance(Duration span) {
    if (span.isNegative()) {
      throw new IllegalArgumentException("cannot advance by a negative duration: " + span);
    }
    return exclusive(
        () -> {
          Instant target = clock.instant().plus(span);
          modifications++;
          if (runUntil(target, true)) {
            clock.moveTo(target);
          }
          return clock.instant();
        });
  }

  /** The earliest pending action that {@code filter} accepts. */
  public Optional<ScheduledAction> next(Predicate<ScheduledAction> filter) {
    return exclusive(
        () -> {
          List<ScheduledAction> matching = new ArrayList<>();
          queue.forEach(
              a -> {
                if (!a.isCancelled() && filter.test(a)) {
                  matching.add(a);
                }
              });
          return matching.stream().min(TimerQueue.ORDER);
        });
  }

  /** Every pending action, in the order they will run. */
  public List<ScheduledAction> pending() {
    return exclusive(
        () -> {
          List<ScheduledAction> all = new ArrayList<>(queue.size() - cancelledInQueue);
          queue.forEach(
              a -> {
                if (!a.isCancelled()) {
                  all.add(a);
                }
              });
          all.sort(TimerQueue.ORDER);
          return List.copyOf(all);
        });
  }

  /** How many actions are pending. */
  public int pendingCount() {
    lock.lock();
    try {
      return queue.size() - cancelledInQueue;
    } finally {
      lock.unlock();
    }
  }

  /** Cancels every pending action. */
  public void clear() {
    lock.lock();
    try {
      queue.forEach(
          a -> {
            a.cancel();
            a.queued = false;
          });
      queue.clear();
      cancelledInQueue = 0;
      modifications++;
    } finally {
      lock.unlock();
    }
  }

  /** Tells the driver that the clock's mode or speed changed, so its wait is wrong. */
  public void clockChanged() {
    lock.lock();
    try {
      modifications++;
      wakeUp.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Stops time for good, without waiting for the lock: a running {@link #advance} ends at its next
   * action, and no action runs after it. {@link #close} still has to be called.
   */
  public void stop() {
    closed = true;
  }

  @Override
  public void close() {
    stop();
    Thread toJoin;
    lock.lock();
    try {
      closed = true;
      wakeUp.signalAll();
      toJoin = driver;
    } finally {
      lock.unlock();
    }
    if (toJoin != null && toJoin != Thread.currentThread()) {
      try {
        toJoin.join(TimeUnit.SECONDS.toMillis(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Runs every action due by now. */
  private void runDue() {
    runUntil(clock.instant(), false);
  }

  /**
   * Runs the actions due by {@code target}; false when stopped, or when an advance's thread was
   * interrupted, before the end.
   */
  private boolean runUntil(Instant target, boolean moveClock) {
    boolean outer = !running;
    running = true;
    try {
      while (!closed && !(moveClock && Thread.currentThread().isInterrupted())) {
        ScheduledAction head = firstLive();
        if (head == null || head.due().isAfter(target)) {
          return true;
        }
        queue.poll();
        head.queued = false;
        if (moveClock) {
          clock.moveTo(head.due());
        }
        modifications++;
        runSafely(head);
      }
      return false;
    } finally {
      running = !outer;
    }
  }

  /** The first action that is not cancelled, dropping cancelled ones on the way. */
  private ScheduledAction firstLive() {
    ScheduledAction head = queue.peek();
    while (head != null && head.isCancelled()) {
      queue.poll();
      head.queued = false;
      cancelledInQueue--;
      head = queue.peek();
    }
    return head;
  }

  private void sweepIfMostlyCancelled() {
    if (cancelledInQueue > 1024 && cancelledInQueue > queue.size() / 2) {
      queue.removeIf(
          a -> {
            if (a.isCancelled()) {
              a.queued = false;
              return true;
            }
            return false;
          });
      cancelledInQueue = 0;
    }
  }

  private static void runSafely(ScheduledAction action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      // one broken action must not stop time for every other placement
      log.warn("scheduled action failed: {}", action, e);
    }
  }

  private void checkpointSafely() {
    try {
      checkpoint.run();
    } catch (RuntimeException e) {
      log.error("could not write the simulation's state", e);
    }
  }

  private void drive() {
    lock.lock();
    try {
      while (!closed) {
        runDue();
        checkpointSafely();
        ScheduledAction head = firstLive();
        long wait = head == null ? Long.MAX_VALUE : clock.realNanosUntil(head.due());
        if (wait == Long.MAX_VALUE) {
          wakeUp.await();
        } else if (wait > 0) {
          wakeUp.awaitNanos(wait);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }
}

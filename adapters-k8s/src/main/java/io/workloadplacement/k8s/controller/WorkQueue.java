package io.workloadplacement.k8s.controller;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's one thread and the placement names waiting for it. A name is queued once however
 * often it is added before its turn (level-triggered: the work reads the current state, so one pass
 * serves every event that came in between); work that throws is logged and never stops the loop.
 */
final class WorkQueue implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WorkQueue.class);

  private final Set<String> queued = ConcurrentHashMap.newKeySet();
  private final Consumer<String> work;
  private final ScheduledExecutorService loop;

  WorkQueue(String threadName, Consumer<String> work) {
    this.work = work;
    this.loop =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, threadName);
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Queues {@code name} unless it is queued already. */
  void add(String name) {
    if (!queued.add(name)) {
      return;
    }
    try {
      loop.execute(
          () -> {
            queued.remove(name);
            safely(() -> work.accept(name), name);
          });
    } catch (RejectedExecutionException closed) {
      queued.remove(name);
    }
  }

  /** Queues {@code name} after {@code delay}. */
  void addAfter(String name, Duration delay) {
    try {
      loop.schedule(() -> add(name), Math.max(delay.toMillis(), 1), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closed) {
      // closed: nothing more to do
    }
  }

  /** Runs {@code task} on the loop now and then every {@code period}. */
  void every(Duration period, Runnable task) {
    loop.scheduleWithFixedDelay(
        () -> safely(task, "resync"), 0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops the loop at once: queued work is dropped, the running one is interrupted. */
  @Override
  public void close() {
    loop.shutdownNow();
  }

  private void safely(Runnable task, String what) {
    try {
      task.run();
    } catch (RuntimeException e) {
      if (!loop.isShutdown()) {
        log.warn("{}: {}", what, e.toString(), e);
      }
    }
  }
}

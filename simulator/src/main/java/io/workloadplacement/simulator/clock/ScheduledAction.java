package io.workloadplacement.simulator.clock;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something the {@link Scheduler} will run at {@code due}: one transition of one placement, or a
 * simulator chore when {@code placement} is empty. Cancelling it is final.
 */
public final class ScheduledAction {

  private final long sequence;
  private final Instant due;
  private final String placement;
  private final String description;
  private final Runnable body;
  private volatile boolean cancelled;
  boolean queued; // in the scheduler's queue; guarded by its lock

  ScheduledAction(long sequence, Instant due, String placement, String description, Runnable body) {
    this.sequence = sequence;
    this.due = Objects.requireNonNull(due, "due");
    this.placement = placement;
    this.description = Objects.requireNonNull(description, "description");
    this.body = Objects.requireNonNull(body, "body");
  }

  /** When it runs. */
  public Instant due() {
    return due;
  }

  /** The placement it moves, if any. */
  public Optional<String> placement() {
    return Optional.ofNullable(placement);
  }

  /** What it will do, for people: "start provisioning", "step cuda (helm) on worker-1". */
  public String description() {
    return description;
  }

  /** True once cancelled; it will then never run. */
  public boolean isCancelled() {
    return cancelled;
  }

  /** Order of scheduling; breaks ties between actions due at the same time (FIFO). */
  public long sequence() {
    return sequence;
  }

  void cancel() {
    cancelled = true;
  }

  void run() {
    body.run();
  }

  @Override
  public String toString() {
    return description + " at " + due + (placement == null ? "" : " for " + placement);
  }
}

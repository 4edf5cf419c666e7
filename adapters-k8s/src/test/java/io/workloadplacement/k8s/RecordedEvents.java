package io.workloadplacement.k8s;

import io.workloadplacement.domain.model.PlacementEvent;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** A watch subscriber that queues what it is given, for a test to take with bounded waits. */
final class RecordedEvents implements Consumer<PlacementEvent> {

  private final BlockingQueue<PlacementEvent> events = new LinkedBlockingQueue<>();

  @Override
  public void accept(PlacementEvent event) {
    events.add(event);
  }

  /** The next event; fails when none comes within {@link Eventually#WITHIN}. */
  PlacementEvent next() {
    try {
      PlacementEvent event = events.poll(Eventually.WITHIN.toMillis(), TimeUnit.MILLISECONDS);
      if (event == null) {
        throw new AssertionError("no event within " + Eventually.WITHIN);
      }
      return event;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The events received and not yet taken. */
  int waiting() {
    return events.size();
  }
}

package io.workloadplacement.simulator.event;

import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.port.out.PlacementWatch.Subscription;
import io.workloadplacement.simulator.clock.Scheduler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The domain's {@link PlacementEventPublisher}, fanning every event out to the simulator's own
 * listeners (lifecycle engine, timeline) and then to subscribers (the watch stream).
 *
 * <p>Delivery happens under the simulation lock, so listeners see one event at a time. Two threads
 * may store changes to one placement and publish them in the opposite order; an event older than
 * one already delivered for the same placement (by the store's sequence, which every event carries)
 * is therefore dropped, and every listener sees each placement's changes in the order they were
 * stored. Subscribers must not block: hand the event to a queue.
 */
public final class PlacementEvents implements PlacementEventPublisher {

  private static final Logger log = LoggerFactory.getLogger(PlacementEvents.class);

  private final Scheduler scheduler;
  private final List<Consumer<PlacementEvent>> listeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<PlacementEvent>> subscribers = new CopyOnWriteArrayList<>();
  // guarded by the simulation lock; kept after DELETED so a late stale event stays dropped
  private final Map<String, LastDelivered> lastDelivered = new HashMap<>();

  /** The sequence of the last event delivered for one placement, updated in place. */
  private static final class LastDelivered {
    long sequence;
  }

  public PlacementEvents(Scheduler scheduler) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
  }

  /** Adds a simulator listener; listeners run in the order added, before subscribers. */
  public void addListener(Consumer<PlacementEvent> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Subscribes {@code subscriber} to every later event, until the subscription is closed. */
  public Subscription subscribe(Consumer<PlacementEvent> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    // a wrapper per subscription, so one consumer subscribed twice is removed once per close
    Consumer<PlacementEvent> own = subscriber::accept;
    subscribers.add(own);
    return () -> subscribers.remove(own);
  }

  @Override
  public void publish(PlacementEvent event) {
    scheduler.exclusive(
        () -> {
          if (isStale(event)) {
            return;
          }
          for (Consumer<PlacementEvent> listener : listeners) {
            deliver(listener, event, true);
          }
          for (Consumer<PlacementEvent> subscriber : subscribers) {
            deliver(subscriber, event, false);
          }
        });
  }

  /** Tells subscribers only, for changes the simulator's listeners already know (a reset). */
  public void notifySubscribers(PlacementEvent event) {
    scheduler.exclusive(() -> subscribers.forEach(s -> deliver(s, event, false)));
  }

  /** Forgets the versions delivered, after the store was emptied. */
  public void clear() {
    scheduler.exclusive(lastDelivered::clear);
  }

  private boolean isStale(PlacementEvent event) {
    long sequence = event.sequence();
    LastDelivered last = lastDelivered.get(event.placement().name());
    if (last == null) {
      last = new LastDelivered();
      lastDelivered.put(event.placement().name(), last);
    } else if (event.type() == PlacementEvent.Type.DELETED
        ? sequence < last.sequence
        : sequence <= last.sequence) {
      // a DELETED event carries the sequence of the last write, which was already delivered
      return true;
    }
    last.sequence = sequence;
    return false;
  }

  private static void deliver(
      Consumer<PlacementEvent> target, PlacementEvent event, boolean internal) {
    try {
      target.accept(event);
    } catch (RuntimeException e) {
      // the publisher must not throw: the change is stored whatever a listener thinks of it
      log.warn(
          "{} failed on {} {}",
          internal ? "simulator listener" : "subscriber",
          event.type(),
          event.placement().name(),
          e);
    }
  }
}

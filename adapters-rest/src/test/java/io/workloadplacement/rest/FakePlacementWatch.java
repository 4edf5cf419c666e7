package io.workloadplacement.rest;

import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.port.out.PlacementWatch;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A backend's watch in memory: what the domain service publishes goes to every subscriber, and the
 * initial events are what {@code stored} holds at subscription, taken under the same lock as
 * publishing.
 */
final class FakePlacementWatch implements PlacementEventPublisher, PlacementWatch {

  private final Supplier<List<VersionedPlacement>> stored;
  private final List<Consumer<PlacementEvent>> subscribers = new CopyOnWriteArrayList<>();

  FakePlacementWatch(Supplier<List<VersionedPlacement>> stored) {
    this.stored = stored;
  }

  @Override
  public synchronized void publish(PlacementEvent event) {
    subscribers.forEach(s -> s.accept(event));
  }

  @Override
  public synchronized Subscription subscribe(
      boolean initialEvents, Consumer<PlacementEvent> subscriber) {
    if (initialEvents) {
      stored
          .get()
          .forEach(p -> subscriber.accept(new PlacementEvent(PlacementEvent.Type.ADDED, p)));
    }
    Consumer<PlacementEvent> own = subscriber::accept;
    subscribers.add(own);
    return () -> subscribers.remove(own);
  }

  /** How many subscriptions are open. */
  int subscribers() {
    return subscribers.size();
  }
}

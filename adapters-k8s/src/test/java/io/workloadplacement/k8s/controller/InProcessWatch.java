package io.workloadplacement.k8s.controller;

import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.port.out.PlacementWatch;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The services' events handed straight to subscribers, as the simulator's watch does: the tests'
 * stand-in for the server's informer watch (without initial events, which the controller does not
 * ask for).
 */
final class InProcessWatch implements PlacementWatch, PlacementEventPublisher {

  private final List<Consumer<PlacementEvent>> subscribers = new CopyOnWriteArrayList<>();

  @Override
  public void publish(PlacementEvent event) {
    subscribers.forEach(s -> s.accept(event));
  }

  @Override
  public Subscription subscribe(boolean initialEvents, Consumer<PlacementEvent> subscriber) {
    if (initialEvents) {
      throw new UnsupportedOperationException("the tests' watch has no initial events");
    }
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }
}

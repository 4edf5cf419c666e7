package io.workloadplacement.domain.port.out;

import io.workloadplacement.domain.model.PlacementEvent;

/**
 * Told of every change to a stored placement after it is stored, in the order of the changes to
 * each placement. Backends react to it (start the lifecycle, apply the deletion policy) and watch
 * streams relay it. It must not throw.
 */
@FunctionalInterface
public interface PlacementEventPublisher {

  /** Hands {@code event} on. */
  void publish(PlacementEvent event);

  /** A publisher that drops every event. */
  static PlacementEventPublisher none() {
    return event -> {};
  }
}

package io.workloadplacement.domain.port.out;

import io.workloadplacement.domain.model.PlacementEvent;

/**
 * Told of every change to a stored placement after it is stored. Two writers that race may publish
 * in the opposite order of their writes: each event carries the store's {@link
 * PlacementEvent#sequence}, by which a publisher orders or drops them (never by the version, which
 * is opaque). Backends react to it (start the lifecycle, apply the deletion policy) and watch
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

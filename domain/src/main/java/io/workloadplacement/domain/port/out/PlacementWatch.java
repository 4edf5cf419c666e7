package io.workloadplacement.domain.port.out;

import io.workloadplacement.domain.model.PlacementEvent;
import java.util.function.Consumer;

/**
 * The changes to stored placements as they happen, for watch streams: each backend implements it
 * (the simulator from the events its services publish, a Kubernetes backend through an informer).
 */
@FunctionalInterface
public interface PlacementWatch {

  /**
   * Delivers every later ADDED, MODIFIED and DELETED event, carrying the placement as stored, to
   * {@code subscriber} until the subscription is closed. With {@code initialEvents}, an ADDED for
   * every stored placement comes first, taken together with subscribing so that no change falls
   * between (a change stored just before may still arrive after its placement's ADDED, with the
   * same version). Delivery may happen under the backend's locks: the subscriber must not block.
   */
  Subscription subscribe(boolean initialEvents, Consumer<PlacementEvent> subscriber);

  /** A subscription to placement events; closing it stops delivery. */
  @FunctionalInterface
  interface Subscription extends AutoCloseable {

    /** Stops delivery; closing twice is harmless. */
    @Override
    void close();
  }
}

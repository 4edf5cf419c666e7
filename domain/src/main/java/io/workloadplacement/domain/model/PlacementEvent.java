package io.workloadplacement.domain.model;

import java.util.Objects;

/**
 * A change to a stored placement, as a Kubernetes watch would report it. Its {@link #sequence}
 * orders it among the store's changes.
 */
public record PlacementEvent(Type type, VersionedPlacement placement) {

  /** The kind of change, named as in Kubernetes watch events. */
  public enum Type {
    ADDED,
    MODIFIED,
    DELETED
  }

  public PlacementEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(placement, "placement");
  }

  /**
   * Where this change falls among the store's writes: the sequence of the write it reports (for
   * DELETED, of the last write before the deletion, which it follows).
   */
  public long sequence() {
    return placement.sequence();
  }
}

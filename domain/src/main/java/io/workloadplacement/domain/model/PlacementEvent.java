package io.workloadplacement.domain.model;

import java.util.Objects;

/** A change to a stored placement, as a Kubernetes watch would report it. */
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
}

package io.workloadplacement.domain.model;

import java.util.Objects;

/**
 * A stored placement with the store's version of it, for optimistic concurrency ({@code ETag} /
 * {@code If-Match}).
 */
public record VersionedPlacement(WorkloadPlacement placement, String version) {

  public VersionedPlacement {
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(version, "version");
  }

  /** The placement's name. */
  public String name() {
    return placement.name();
  }
}

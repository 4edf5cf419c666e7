package io.workloadplacement.domain.model;

import java.util.Objects;

/**
 * A stored placement with the store's version of it, for optimistic concurrency ({@code ETag} /
 * {@code If-Match}), and the store's sequence number of the write that stored it.
 *
 * @param version opaque: compare it for equality only
 * @param sequence the order of the write among all writes to the store: every later write, to any
 *     placement, has a greater one (the backend guarantees it)
 */
public record VersionedPlacement(WorkloadPlacement placement, String version, long sequence) {

  public VersionedPlacement {
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(version, "version");
  }

  /** The placement's name. */
  public String name() {
    return placement.name();
  }
}

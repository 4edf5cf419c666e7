package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.PlacementFilter;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A page request: which placements, at most how many ({@code limit}, all when empty), and where the
 * previous page stopped ({@code continueToken}).
 */
public record PlacementQuery(
    PlacementFilter filter, OptionalInt limit, Optional<String> continueToken) {

  public PlacementQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(limit, "limit");
    if (limit.isPresent() && limit.getAsInt() <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit.getAsInt());
    }
    Objects.requireNonNull(continueToken, "continueToken");
  }

  /** Every placement, in one page. */
  public static PlacementQuery all() {
    return new PlacementQuery(PlacementFilter.all(), OptionalInt.empty(), Optional.empty());
  }
}

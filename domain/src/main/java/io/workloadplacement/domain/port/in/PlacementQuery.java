package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.PlacementFilter;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A page request: which placements, at most how many ({@code limit}, all when empty), where the
 * previous page stopped ({@code continueToken}), and what the caller may see ({@code scope}).
 */
public record PlacementQuery(
    PlacementFilter filter, OptionalInt limit, Optional<String> continueToken, AccessScope scope) {

  public PlacementQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(limit, "limit");
    if (limit.isPresent() && limit.getAsInt() <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit.getAsInt());
    }
    Objects.requireNonNull(continueToken, "continueToken");
    Objects.requireNonNull(scope, "scope");
  }

  /** The query of a caller that reaches every workspace. */
  public PlacementQuery(PlacementFilter filter, OptionalInt limit, Optional<String> continueToken) {
    this(filter, limit, continueToken, AccessScope.everything());
  }

  /** Every placement, in one page. */
  public static PlacementQuery all() {
    return new PlacementQuery(PlacementFilter.all(), OptionalInt.empty(), Optional.empty());
  }

  /** This query as a caller limited to {@code newScope}. */
  public PlacementQuery scopedTo(AccessScope newScope) {
    return new PlacementQuery(filter, limit, continueToken, newScope);
  }
}

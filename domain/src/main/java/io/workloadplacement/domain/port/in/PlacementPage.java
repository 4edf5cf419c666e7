package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.VersionedPlacement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a list, in ascending order of name, with the token for the next page if any. */
public record PlacementPage(List<VersionedPlacement> items, Optional<String> continueToken) {

  public PlacementPage {
    items = List.copyOf(items);
    Objects.requireNonNull(continueToken, "continueToken");
  }
}

package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.PlacementPatch;
import java.util.Objects;
import java.util.Optional;

/**
 * Merge {@code patch} into the placement {@code name}, if it is still at {@code ifMatch}, as a
 * caller limited to {@code scope}.
 */
public record UpdatePlacementCommand(
    String name, PlacementPatch patch, Optional<String> ifMatch, AccessScope scope) {

  public UpdatePlacementCommand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(patch, "patch");
    Objects.requireNonNull(ifMatch, "ifMatch");
    Objects.requireNonNull(scope, "scope");
  }

  /** The command of a caller that reaches every workspace. */
  public UpdatePlacementCommand(String name, PlacementPatch patch, Optional<String> ifMatch) {
    this(name, patch, ifMatch, AccessScope.everything());
  }
}

package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.PlacementPatch;
import java.util.Objects;
import java.util.Optional;

/** Merge {@code patch} into the placement {@code name}, if it is still at {@code ifMatch}. */
public record UpdatePlacementCommand(String name, PlacementPatch patch, Optional<String> ifMatch) {

  public UpdatePlacementCommand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(patch, "patch");
    Objects.requireNonNull(ifMatch, "ifMatch");
  }
}

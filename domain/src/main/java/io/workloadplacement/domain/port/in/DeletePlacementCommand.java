package io.workloadplacement.domain.port.in;

import java.util.Objects;
import java.util.Optional;

/** Delete the placement {@code name}, if it is still at {@code ifMatch}. */
public record DeletePlacementCommand(String name, Optional<String> ifMatch) {

  public DeletePlacementCommand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ifMatch, "ifMatch");
  }
}

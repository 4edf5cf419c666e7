package io.workloadplacement.domain.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * Delete the placement {@code name}, if it is still at {@code ifMatch}, as a caller limited to
 * {@code scope}.
 */
public record DeletePlacementCommand(String name, Optional<String> ifMatch, AccessScope scope) {

  public DeletePlacementCommand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ifMatch, "ifMatch");
    Objects.requireNonNull(scope, "scope");
  }

  /** The command of a caller that reaches every workspace. */
  public DeletePlacementCommand(String name, Optional<String> ifMatch) {
    this(name, ifMatch, AccessScope.everything());
  }
}

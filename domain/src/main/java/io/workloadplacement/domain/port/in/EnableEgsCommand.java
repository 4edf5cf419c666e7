package io.workloadplacement.domain.port.in;

import java.util.Objects;
import java.util.Optional;

/** Set {@code enableEGS} of the placement {@code name} to {@code enabled}, if still at ifMatch. */
public record EnableEgsCommand(String name, boolean enabled, Optional<String> ifMatch) {

  public EnableEgsCommand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ifMatch, "ifMatch");
  }
}

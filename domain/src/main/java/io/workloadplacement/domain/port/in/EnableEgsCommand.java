package io.workloadplacement.domain.port.in;

import java.util.Objects;
import java.util.Optional;

/**
 * Set {@code enableEGS} of the placement {@code name} to {@code enabled}, if it is still at {@code
 * ifMatch}, as a caller limited to {@code scope}.
 */
public record EnableEgsCommand(
    String name, boolean enabled, Optional<String> ifMatch, AccessScope scope) {

  public EnableEgsCommand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ifMatch, "ifMatch");
    Objects.requireNonNull(scope, "scope");
  }

  /** The command of a caller that reaches every workspace. */
  public EnableEgsCommand(String name, boolean enabled, Optional<String> ifMatch) {
    this(name, enabled, ifMatch, AccessScope.everything());
  }
}

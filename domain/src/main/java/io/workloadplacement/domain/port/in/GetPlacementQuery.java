package io.workloadplacement.domain.port.in;

import java.util.Objects;

/** Read the placement {@code name}, as a caller limited to {@code scope}. */
public record GetPlacementQuery(String name, AccessScope scope) {

  public GetPlacementQuery {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scope, "scope");
  }

  /** The query of a caller that reaches every workspace. */
  public GetPlacementQuery(String name) {
    this(name, AccessScope.everything());
  }
}

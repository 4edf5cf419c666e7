package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.PlacementDraft;
import java.util.Objects;

/**
 * Register the placement {@code draft} asks for (validated, then mapped to a spec), as a caller
 * limited to {@code scope}.
 */
public record CreatePlacementCommand(PlacementDraft draft, AccessScope scope) {

  public CreatePlacementCommand {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(scope, "scope");
  }

  /** The command of a caller that reaches every workspace. */
  public CreatePlacementCommand(PlacementDraft draft) {
    this(draft, AccessScope.everything());
  }
}

package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import java.util.Objects;

/** Register {@code spec} as a new placement, as a caller limited to {@code scope}. */
public record CreatePlacementCommand(WorkloadPlacementSpec spec, AccessScope scope) {

  public CreatePlacementCommand {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(scope, "scope");
  }

  /** The command of a caller that reaches every workspace. */
  public CreatePlacementCommand(WorkloadPlacementSpec spec) {
    this(spec, AccessScope.everything());
  }
}

package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.LifecyclePace;
import io.workloadplacement.domain.model.ProvisioningStatus;
import java.util.Objects;

/** Set the placement {@code name} to {@code target} as a lifecycle at {@code pace} would have. */
public record JumpPlacementStatusCommand(
    String name, ProvisioningStatus target, LifecyclePace pace) {

  public JumpPlacementStatusCommand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(pace, "pace");
  }
}

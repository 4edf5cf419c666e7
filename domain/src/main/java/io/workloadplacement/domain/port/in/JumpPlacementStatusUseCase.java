package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.VersionedPlacement;

/** Sets a placement to any status at once, for a simulator's or an operator's control. */
public interface JumpPlacementStatusUseCase {

  /**
   * Stores the placement as if its lifecycle had just brought it to the command's status (status,
   * conditions, step results and times), whatever its status now, and announces the change.
   *
   * @throws io.workloadplacement.domain.failure.PlacementNotFoundException
   * @throws io.workloadplacement.domain.failure.WriteContentionException when other writers kept
   *     winning the race
   */
  VersionedPlacement jump(JumpPlacementStatusCommand command);
}

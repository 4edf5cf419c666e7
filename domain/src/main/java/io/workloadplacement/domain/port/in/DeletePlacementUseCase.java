package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.VersionedPlacement;

/** Deletes a placement that is still Pending, Queued or InProgress. */
public interface DeletePlacementUseCase {

  /**
   * Deletes the placement and returns it as it was last stored.
   *
   * @throws io.workloadplacement.domain.failure.PlacementNotFoundException
   * @throws io.workloadplacement.domain.failure.DeletionRestrictedException
   * @throws io.workloadplacement.domain.failure.VersionConflictException
   */
  VersionedPlacement delete(DeletePlacementCommand command);
}

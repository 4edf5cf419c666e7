package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.VersionedPlacement;

/** Changes a placement within what its provisioning status allows. */
public interface UpdatePlacementUseCase {

  /**
   * Merges the command's patch; a patch that changes nothing is a no-op.
   *
   * @throws io.workloadplacement.domain.failure.PlacementNotFoundException
   * @throws io.workloadplacement.domain.failure.InvalidUpdateException
   * @throws io.workloadplacement.domain.failure.PlacementValidationException
   * @throws io.workloadplacement.domain.failure.VersionConflictException
   */
  VersionedPlacement update(UpdatePlacementCommand command);
}

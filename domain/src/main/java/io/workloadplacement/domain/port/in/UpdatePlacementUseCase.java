package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.VersionedPlacement;

/** Changes a placement within what its provisioning status allows. */
public interface UpdatePlacementUseCase {

  /**
   * Merges the command's patch; a patch that changes nothing is a no-op.
   *
   * @throws io.workloadplacement.domain.failure.PlacementNotFoundException also outside the scope
   * @throws io.workloadplacement.domain.failure.InvalidUpdateException
   * @throws io.workloadplacement.domain.failure.PlacementValidationException
   * @throws io.workloadplacement.domain.failure.WriteForbiddenException when the caller may only
   *     read the placement's workspace
   * @throws io.workloadplacement.domain.failure.VersionConflictException only when the command has
   *     an {@code ifMatch} that is, or turns, stale
   * @throws io.workloadplacement.domain.failure.WriteContentionException when, without {@code
   *     ifMatch}, other writers kept winning the race
   */
  VersionedPlacement update(UpdatePlacementCommand command);
}

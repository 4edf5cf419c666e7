package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.VersionedPlacement;

/** Deletes a placement that is still Pending, Queued or InProgress. */
public interface DeletePlacementUseCase {

  /**
   * Deletes the placement and returns it as it was last stored.
   *
   * @throws io.workloadplacement.domain.failure.PlacementNotFoundException also outside the scope
   * @throws io.workloadplacement.domain.failure.DeletionRestrictedException
   * @throws io.workloadplacement.domain.failure.WriteForbiddenException when the caller may only
   *     read the placement's workspace
   * @throws io.workloadplacement.domain.failure.VersionConflictException only when the command has
   *     an {@code ifMatch} that is, or turns, stale
   * @throws io.workloadplacement.domain.failure.WriteContentionException when, without {@code
   *     ifMatch}, other writers kept winning the race
   */
  VersionedPlacement delete(DeletePlacementCommand command);
}

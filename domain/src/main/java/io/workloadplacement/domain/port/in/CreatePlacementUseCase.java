package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.VersionedPlacement;

/** Registers a new placement, which starts Pending. */
public interface CreatePlacementUseCase {

  /**
   * Validates and stores the command's spec. The scope is judged first: a workspace the caller does
   * not see is unknown, one it may only read refuses the write.
   *
   * @throws io.workloadplacement.domain.failure.UnknownWorkspaceException
   * @throws io.workloadplacement.domain.failure.WriteForbiddenException
   * @throws io.workloadplacement.domain.failure.PlacementValidationException with every violation
   * @throws io.workloadplacement.domain.failure.UnknownClusterException
   * @throws io.workloadplacement.domain.failure.PlacementAlreadyExistsException
   */
  VersionedPlacement create(CreatePlacementCommand command);
}

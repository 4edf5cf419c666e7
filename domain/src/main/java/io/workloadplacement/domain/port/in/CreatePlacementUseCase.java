package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.VersionedPlacement;

/** Registers a new placement, which starts Pending. */
public interface CreatePlacementUseCase {

  /**
   * Validates {@code draft} and stores the spec it asks for.
   *
   * @throws io.workloadplacement.domain.failure.PlacementValidationException with every violation
   * @throws io.workloadplacement.domain.failure.UnknownWorkspaceException
   * @throws io.workloadplacement.domain.failure.UnknownClusterException
   * @throws io.workloadplacement.domain.failure.PlacementAlreadyExistsException
   */
  VersionedPlacement create(PlacementDraft draft);
}

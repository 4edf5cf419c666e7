package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;

/** Registers a new placement, which starts Pending. */
public interface CreatePlacementUseCase {

  /**
   * Validates and stores {@code spec}.
   *
   * @throws io.workloadplacement.domain.failure.PlacementValidationException with every violation
   * @throws io.workloadplacement.domain.failure.UnknownWorkspaceException
   * @throws io.workloadplacement.domain.failure.UnknownClusterException
   * @throws io.workloadplacement.domain.failure.PlacementAlreadyExistsException
   */
  VersionedPlacement create(WorkloadPlacementSpec spec);
}

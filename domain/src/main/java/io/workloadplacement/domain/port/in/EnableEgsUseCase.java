package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.VersionedPlacement;

/** Turns the Elastic GPU Service on or off for a placement (the SDK's enable-egs). */
public interface EnableEgsUseCase {

  /**
   * Sets {@code enableEGS}; setting the value it already has is a no-op.
   *
   * @throws io.workloadplacement.domain.failure.PlacementNotFoundException
   * @throws io.workloadplacement.domain.failure.InvalidUpdateException naming enableEGS when the
   *     placement is Completed or Failed
   * @throws io.workloadplacement.domain.failure.VersionConflictException
   */
  VersionedPlacement enableEgs(EnableEgsCommand command);
}

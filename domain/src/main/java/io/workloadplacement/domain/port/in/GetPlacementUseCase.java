package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.VersionedPlacement;

/** Reads one placement by name. */
public interface GetPlacementUseCase {

  /**
   * The placement the query names.
   *
   * @throws io.workloadplacement.domain.failure.PlacementNotFoundException also when it is outside
   *     the caller's scope
   */
  VersionedPlacement get(GetPlacementQuery query);
}

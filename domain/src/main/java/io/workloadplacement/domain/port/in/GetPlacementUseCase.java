package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.VersionedPlacement;

/** Reads one placement by name. */
public interface GetPlacementUseCase {

  /**
   * The placement named {@code name}.
   *
   * @throws io.workloadplacement.domain.failure.PlacementNotFoundException
   */
  VersionedPlacement get(String name);
}

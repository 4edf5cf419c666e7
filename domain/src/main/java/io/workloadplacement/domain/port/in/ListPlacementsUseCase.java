package io.workloadplacement.domain.port.in;

/** Lists placements with filters and Kubernetes-style paging. */
public interface ListPlacementsUseCase {

  /**
   * One page of the placements {@code query} selects.
   *
   * @throws io.workloadplacement.domain.failure.InvalidContinueTokenException
   */
  PlacementPage list(PlacementQuery query);
}

package io.workloadplacement.rest;

import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.rest.placement.PlacementCall;

/**
 * Wraps the use cases that one request of the placement API calls, knowing which operation the
 * request is (the simulator's fault injection). It wraps them outside authentication's scoping, so
 * it sees the one call the route makes, not the reads the scoping makes to check access.
 */
@FunctionalInterface
public interface UseCaseDecorator {

  /** The use cases {@code call} should use in place of {@code useCases}. */
  PlacementUseCases decorate(PlacementUseCases useCases, PlacementCall call);
}

package io.workloadplacement.domain.service;

import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.out.PlacementRepository;
import java.util.Optional;
import java.util.function.Function;

/**
 * Read-modify-write of one placement with optimistic concurrency: when someone else wrote in
 * between, read again and re-apply the change, a bounded number of times.
 */
final class OptimisticWriter {

  private static final int MAX_ATTEMPTS = 32;

  private final PlacementRepository repository;

  OptimisticWriter(PlacementRepository repository) {
    this.repository = repository;
  }

  /** The placement after a {@link #modify}, and whether anything was written. */
  record Outcome(VersionedPlacement placement, boolean written) {}

  /**
   * Applies {@code change} to the current placement and stores the result. A change that returns
   * empty writes nothing and yields the placement as read.
   */
  Outcome modify(String name, Function<VersionedPlacement, Optional<WorkloadPlacement>> change) {
    for (int attempt = 1; ; attempt++) {
      VersionedPlacement current =
          repository.find(name).orElseThrow(() -> new PlacementNotFoundException(name));
      Optional<WorkloadPlacement> changed = change.apply(current);
      if (changed.isEmpty()) {
        return new Outcome(current, false);
      }
      try {
        return new Outcome(repository.replace(changed.get(), current.version()), true);
      } catch (VersionConflictException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw new StoreUnavailableException(
              "workload placement \"" + name + "\" kept changing while being written", e);
        }
      }
    }
  }
}

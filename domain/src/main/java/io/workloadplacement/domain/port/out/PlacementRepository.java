package io.workloadplacement.domain.port.out;

import io.workloadplacement.domain.failure.PlacementAlreadyExistsException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import java.util.List;
import java.util.Optional;

/**
 * Where placements are kept, each with a version that changes on every write, so that writers can
 * detect that someone else wrote in between, and a sequence number that grows with every write to
 * the store, so that the changes can be ordered. Every method may throw {@link
 * StoreUnavailableException}.
 */
public interface PlacementRepository {

  /** The placement named {@code name}, if stored. */
  Optional<VersionedPlacement> find(String name);

  /**
   * Stores a new placement.
   *
   * @throws PlacementAlreadyExistsException when the name is taken
   */
  VersionedPlacement insert(WorkloadPlacement placement);

  /**
   * Replaces the stored placement of the same name if it is still at {@code expectedVersion}.
   *
   * @throws PlacementNotFoundException when it is gone
   * @throws VersionConflictException when it is at another version
   */
  VersionedPlacement replace(WorkloadPlacement placement, String expectedVersion);

  /**
   * Removes the placement if it is still at {@code expectedVersion}.
   *
   * @throws PlacementNotFoundException when it is gone
   * @throws VersionConflictException when it is at another version
   */
  void delete(String name, String expectedVersion);

  /**
   * At most {@code limit} placements matching {@code filter} whose names sort after {@code
   * afterName} (all when empty), in ascending order of name.
   */
  List<VersionedPlacement> list(PlacementFilter filter, Optional<String> afterName, int limit);
}

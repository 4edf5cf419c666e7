package io.workloadplacement.simulator.durable;

import io.workloadplacement.domain.model.VersionedPlacement;
import java.util.List;
import java.util.Optional;

/**
 * One completed change of the simulator, to be written as one transaction: placements written and
 * deleted, and the world when it changed.
 */
public record StateChanges(
    List<VersionedPlacement> written, List<String> deleted, Optional<WorldState> world) {

  public StateChanges {
    written = List.copyOf(written);
    deleted = List.copyOf(deleted);
  }

  /** True when there is nothing to write. */
  public boolean isEmpty() {
    return written.isEmpty() && deleted.isEmpty() && world.isEmpty();
  }
}

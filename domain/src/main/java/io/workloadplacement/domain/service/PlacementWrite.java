package io.workloadplacement.domain.service;

import io.workloadplacement.domain.model.WorkloadPlacement;

/** What a modify step decides to do with the placement it read. */
sealed interface PlacementWrite {

  /** Write nothing: the change is a no-op. */
  record Keep() implements PlacementWrite {}

  /** Store {@code placement} in place of the one read. */
  record Replace(WorkloadPlacement placement) implements PlacementWrite {}

  /** Delete the placement read. */
  record Remove() implements PlacementWrite {}
}

package io.workloadplacement.domain.model;

import java.time.Duration;

/**
 * How a backend's lifecycle runs: how long each stage takes and what its steps report. A status
 * jump lands where a lifecycle at this pace would have brought the placement.
 */
public interface LifecyclePace {

  /** From Pending to Queued. */
  Duration admission();

  /** From Queued (GPUs granted) to InProgress. */
  Duration provisioning();

  /** How long {@code step} takes on one cluster. */
  Duration stepTime(Step step);

  /** What {@code step} of {@code spec} reports when it succeeds. */
  String successMessage(WorkloadPlacementSpec spec, Step step);

  /** What the step reports that a jump to Failed fails. */
  String jumpFailureMessage();
}

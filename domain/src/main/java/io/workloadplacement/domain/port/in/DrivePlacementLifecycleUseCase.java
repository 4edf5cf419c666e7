package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.VersionedPlacement;

/**
 * The lifecycle steps a backend drives (section 3 of the contract). Each refuses a transition the
 * contract does not have with {@link
 * io.workloadplacement.domain.failure.IllegalTransitionException}.
 */
public interface DrivePlacementLifecycleUseCase {

  /** Pending to Queued: admitted, now waiting for one GPU on every target cluster. */
  VersionedPlacement admit(String name);

  /** Queued to InProgress: GPUs granted, steps start on every cluster. */
  VersionedPlacement startProvisioning(String name);

  /**
   * Records the result of the current step on {@code cluster}. A failed step fails the placement;
   * the last successful step on the last cluster makes it Successful, which starts the burst.
   */
  VersionedPlacement recordStepResult(String name, String cluster, StepResult result);

  /** Successful to Completed: the burst is over. */
  VersionedPlacement complete(String name);

  /** Queued or InProgress to Failed, for a reason other than a step (a cluster is gone). */
  VersionedPlacement fail(String name, String reason, String message);
}

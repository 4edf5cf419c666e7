package io.workloadplacement.domain.service;

import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.Step;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.VersionedPlacement;
import java.time.Duration;

/** Drives a fresh Pending placement to any status through the real lifecycle, for tests. */
final class LifecycleWalk {

  private LifecycleWalk() {}

  static VersionedPlacement to(
      PlacementLifecycleService lifecycle, String name, ProvisioningStatus target) {
    VersionedPlacement current = null;
    switch (target) {
      case PENDING -> {
        return null;
      }
      case QUEUED -> current = lifecycle.admit(name);
      case IN_PROGRESS -> {
        lifecycle.admit(name);
        current = lifecycle.startProvisioning(name);
      }
      case FAILED -> {
        lifecycle.admit(name);
        current = lifecycle.fail(name, "ClusterGone", "cluster removed");
      }
      case SUCCESSFUL, COMPLETED -> {
        lifecycle.admit(name);
        current = lifecycle.startProvisioning(name);
        for (String cluster : current.placement().spec().clusters()) {
          for (Step step : current.placement().spec().steps()) {
            current =
                lifecycle.recordStepResult(
                    name,
                    cluster,
                    new StepResult(step.name(), step.type(), true, Duration.ofSeconds(1), "ok"));
          }
        }
        if (target == ProvisioningStatus.COMPLETED) {
          current = lifecycle.complete(name);
        }
      }
    }
    return current;
  }
}

package io.workloadplacement.domain.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where a placement would be had its lifecycle brought it to a status just now: a fold of the
 * placement's own transitions from Pending, started as far in the past as the pace says the way
 * there takes. Pure: no store, no clock.
 */
public final class StatusJump {

  private StatusJump() {}

  /**
   * {@code placement} as if it had just reached {@code target} at {@code now}, at {@code pace}: a
   * jump to Failed fails the first step on the first cluster; to Completed, a burst ends now.
   */
  public static WorkloadPlacement to(
      WorkloadPlacement placement, ProvisioningStatus target, Instant now, LifecyclePace pace) {
    WorkloadPlacementSpec spec = placement.spec();
    Instant at = now.minus(elapsedUntil(spec, target, pace));
    Instant createdAt = placement.createdAt().isBefore(at) ? placement.createdAt() : at;
    WorkloadPlacement jumped =
        new WorkloadPlacement(spec, PlacementStatus.pending(at), createdAt, placement.updatedAt());
    if (target == ProvisioningStatus.PENDING) {
      return jumped;
    }
    at = at.plus(pace.admission());
    jumped = jumped.admit(at);
    if (target == ProvisioningStatus.QUEUED) {
      return jumped;
    }
    at = at.plus(pace.provisioning());
    jumped = jumped.startProvisioning(at);
    if (target == ProvisioningStatus.IN_PROGRESS) {
      return jumped;
    }
    List<Step> steps = spec.steps();
    if (target == ProvisioningStatus.FAILED) {
      Step first = steps.get(0);
      Duration took = pace.stepTime(first);
      return jumped.recordStep(
          spec.clusters().get(0),
          new StepResult(first.name(), first.type(), false, took, pace.jumpFailureMessage()),
          at.plus(took));
    }
    for (Step step : steps) {
      Duration took = pace.stepTime(step);
      at = at.plus(took);
      StepResult done =
          new StepResult(step.name(), step.type(), true, took, pace.successMessage(spec, step));
      for (String cluster : spec.clusters()) {
        jumped = jumped.recordStep(cluster, done, at);
      }
    }
    return target == ProvisioningStatus.COMPLETED
        ? jumped.complete(at.plus(burstOf(spec)))
        : jumped;
  }

  /** How long the lifecycle takes from creation to {@code target} at {@code pace}. */
  public static Duration elapsedUntil(
      WorkloadPlacementSpec spec, ProvisioningStatus target, LifecyclePace pace) {
    Duration queued = pace.admission();
    Duration started = queued.plus(pace.provisioning());
    Duration deployed = spec.steps().stream().map(pace::stepTime).reduce(started, Duration::plus);
    return switch (target) {
      case PENDING -> Duration.ZERO;
      case QUEUED -> queued;
      case IN_PROGRESS -> started;
      case SUCCESSFUL -> deployed;
      case COMPLETED -> deployed.plus(burstOf(spec));
      case FAILED -> started.plus(pace.stepTime(spec.steps().get(0)));
    };
  }

  /** The burst's length; a placement without burstDuration is taken to complete at once. */
  private static Duration burstOf(WorkloadPlacementSpec spec) {
    return spec.burstDuration().map(BurstDuration::duration).orElse(Duration.ZERO);
  }
}

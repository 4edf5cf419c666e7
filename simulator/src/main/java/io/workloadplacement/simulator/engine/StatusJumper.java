package io.workloadplacement.simulator.engine;

import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.Step;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.service.PlacementLifecycleService;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.clock.SimulationClock;
import io.workloadplacement.simulator.store.InMemoryPlacementRepository;
import io.workloadplacement.simulator.topology.TimingProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Builds the placement a lifecycle would have produced had it reached a given status just now.
 * Rather than writing a status by hand, it replays the domain's own lifecycle on a scratch store
 * and clock, starting as far in the past as the profile's timings say the way there takes, so the
 * status, conditions, step results and times are exactly what the real path gives.
 */
final class StatusJumper {

  /** The message of the step a jump to Failed fails. */
  static final String FAILURE_MESSAGE =
      "Simulated failure: status set to Failed by the control API";

  private final TimingProfile timings;

  StatusJumper(TimingProfile timings) {
    this.timings = Objects.requireNonNull(timings, "timings");
  }

  /** {@code placement} as if it had just reached {@code target} at {@code now}. */
  WorkloadPlacement jump(WorkloadPlacement placement, ProvisioningStatus target, Instant now) {
    WorkloadPlacementSpec spec = placement.spec();
    Instant start = now.minus(elapsedUntil(spec, target));
    Instant createdAt = placement.createdAt().isBefore(start) ? placement.createdAt() : start;
    SimulationClock clock = new SimulationClock(start, ClockMode.MANUAL, 1);
    InMemoryPlacementRepository scratch = new InMemoryPlacementRepository();
    scratch.insert(
        new WorkloadPlacement(
            spec, PlacementStatus.pending(start), createdAt, placement.updatedAt()));
    var lifecycle = new PlacementLifecycleService(scratch, PlacementEventPublisher.none(), clock);
    String name = placement.name();
    List<String> clusters = spec.clusters();
    List<Step> steps = spec.steps();

    if (target != ProvisioningStatus.PENDING) {
      clock.moveTo(clock.instant().plus(timings.admission()));
      lifecycle.admit(name);
    }
    if (target.compareTo(ProvisioningStatus.QUEUED) > 0) {
      clock.moveTo(clock.instant().plus(timings.provisioning()));
      lifecycle.startProvisioning(name);
    }
    if (target == ProvisioningStatus.FAILED) {
      Step first = steps.get(0);
      Duration took = stepDuration(first);
      clock.moveTo(clock.instant().plus(took));
      lifecycle.recordStepResult(
          name,
          clusters.get(0),
          new StepResult(first.name(), first.type(), false, took, FAILURE_MESSAGE));
    }
    if (target == ProvisioningStatus.SUCCESSFUL || target == ProvisioningStatus.COMPLETED) {
      for (Step step : steps) {
        Duration took = stepDuration(step);
        clock.moveTo(clock.instant().plus(took));
        for (String cluster : clusters) {
          lifecycle.recordStepResult(
              name,
              cluster,
              new StepResult(
                  step.name(), step.type(), true, took, StepExecutor.successMessage(spec, step)));
        }
      }
    }
    if (target == ProvisioningStatus.COMPLETED) {
      clock.moveTo(clock.instant().plus(spec.burstDuration().duration()));
      lifecycle.complete(name);
    }
    return scratch.find(name).orElseThrow().placement();
  }

  /** How long the lifecycle takes from creation to {@code target} on the profile's timings. */
  Duration elapsedUntil(WorkloadPlacementSpec spec, ProvisioningStatus target) {
    Duration queued = timings.admission();
    Duration started = queued.plus(timings.provisioning());
    Duration deployed =
        spec.steps().stream().map(this::stepDuration).reduce(started, Duration::plus);
    return switch (target) {
      case PENDING -> Duration.ZERO;
      case QUEUED -> queued;
      case IN_PROGRESS -> started;
      case SUCCESSFUL -> deployed;
      case COMPLETED -> deployed.plus(spec.burstDuration().duration());
      case FAILED -> started.plus(stepDuration(spec.steps().get(0)));
    };
  }

  private Duration stepDuration(Step step) {
    return timings.forStep(step.type());
  }
}

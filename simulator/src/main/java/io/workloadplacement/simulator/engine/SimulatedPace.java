package io.workloadplacement.simulator.engine;

import io.workloadplacement.domain.model.LifecyclePace;
import io.workloadplacement.domain.model.Step;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import io.workloadplacement.simulator.topology.TimingProfile;
import java.time.Duration;
import java.util.Objects;

/** The simulator's lifecycle pace: the timing profile's delays and the step executor's words. */
final class SimulatedPace implements LifecyclePace {

  /** The message of the step a jump to Failed fails. */
  static final String FAILURE_MESSAGE =
      "Simulated failure: status set to Failed by the control API";

  private final TimingProfile timings;

  SimulatedPace(TimingProfile timings) {
    this.timings = Objects.requireNonNull(timings, "timings");
  }

  @Override
  public Duration admission() {
    return timings.admission();
  }

  @Override
  public Duration provisioning() {
    return timings.provisioning();
  }

  @Override
  public Duration stepTime(Step step) {
    return timings.forStep(step.type());
  }

  @Override
  public String successMessage(WorkloadPlacementSpec spec, Step step) {
    return StepExecutor.successMessage(spec, step);
  }

  @Override
  public String jumpFailureMessage() {
    return FAILURE_MESSAGE;
  }
}

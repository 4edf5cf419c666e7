package io.workloadplacement.k8s.controller;

import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.Step;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import io.workloadplacement.k8s.steps.StepOutcome;
import io.workloadplacement.k8s.steps.WorkerCluster;
import java.time.Duration;
import java.util.Objects;

/**
 * Runs or removes one step of a placement on one cluster through the executor of its kind, and
 * turns what the executor answered into the step's result. A failed step's message starts with the
 * executor's reason ({@code CommandNotAllowed: kubectl exec is not allowed}): the condition's
 * reason is the contract's ({@code CommandFailed}), so the message carries the precise one.
 */
final class StepRunner {

  private final StepExecutors executors;

  StepRunner(StepExecutors executors) {
    this.executors = Objects.requireNonNull(executors, "executors");
  }

  /** Runs {@code step} of {@code spec} on {@code cluster}. */
  StepOutcome run(WorkerCluster cluster, WorkloadPlacementSpec spec, Step step) {
    String placement = spec.name();
    return switch (step.type()) {
      case MANIFEST -> executors.manifest().run(cluster, placement, manifest(spec, step));
      case COMMAND -> executors.command().run(cluster, placement, command(spec, step));
      case HELM -> executors.helm().run(cluster, placement, helm(spec, step));
    };
  }

  /** Removes what {@code step} of {@code spec} deployed on {@code cluster}. */
  StepOutcome remove(WorkerCluster cluster, WorkloadPlacementSpec spec, Step step) {
    String placement = spec.name();
    return switch (step.type()) {
      case MANIFEST -> executors.manifest().remove(cluster, placement, manifest(spec, step));
      case COMMAND -> executors.command().remove(cluster, placement, command(spec, step));
      case HELM -> executors.helm().remove(cluster, placement, helm(spec, step));
    };
  }

  /** The result to record for {@code step}, which ended with {@code outcome} after {@code took}. */
  static StepResult result(Step step, StepOutcome outcome, Duration took) {
    String message =
        outcome.success() || outcome.reason().isBlank()
            ? outcome.message()
            : outcome.reason() + ": " + outcome.message();
    return new StepResult(
        step.name(),
        step.type(),
        outcome.success(),
        took.isNegative() ? Duration.ZERO : took,
        message);
  }

  private static ManifestResource manifest(WorkloadPlacementSpec spec, Step step) {
    return spec.manifestResource(step.name()).orElseThrow(() -> unresolved(spec, step));
  }

  private static CommandExecution command(WorkloadPlacementSpec spec, Step step) {
    return spec.commandExecution(step.name()).orElseThrow(() -> unresolved(spec, step));
  }

  private static HelmConfig helm(WorkloadPlacementSpec spec, Step step) {
    return spec.helmConfig(step.name()).orElseThrow(() -> unresolved(spec, step));
  }

  // a spec cannot hold a step that names no config; this would be a bug
  private static IllegalStateException unresolved(WorkloadPlacementSpec spec, Step step) {
    return new IllegalStateException("step " + step + " of " + spec.name() + " names no config");
  }
}

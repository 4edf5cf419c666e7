package io.workloadplacement.simulator.engine;

import io.workloadplacement.domain.model.Step;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import io.workloadplacement.simulator.cluster.SimulatedCluster;
import io.workloadplacement.simulator.fault.FaultEffect;
import java.time.Duration;
import java.time.Instant;

/**
 * Carries out one step on a simulated cluster: a helm step installs its release, a manifest step
 * applies its object, a command step is logged. Nothing is executed for real.
 */
final class StepExecutor {

  private StepExecutor() {}

  /** Deploys {@code step} of {@code owner} on {@code cluster} at {@code at}; a success. */
  static StepResult execute(
      String owner,
      WorkloadPlacementSpec spec,
      SimulatedCluster cluster,
      Step step,
      Duration took,
      Instant at) {
    deploy(owner, spec, cluster, step, at);
    return new StepResult(step.name(), step.type(), true, took, successMessage(spec, step));
  }

  /** Deploys {@code step} without reporting it, for a placement set to a status by hand. */
  static void deploy(
      String owner, WorkloadPlacementSpec spec, SimulatedCluster cluster, Step step, Instant at) {
    switch (step.type()) {
      case HELM ->
          spec.helmConfig(step.name()).ifPresent(c -> cluster.installRelease(owner, c, at));
      case MANIFEST ->
          spec.manifestResource(step.name()).ifPresent(m -> cluster.applyManifest(owner, m, at));
      case COMMAND ->
          spec.commandExecution(step.name())
              .ifPresent(c -> cluster.logCommand(owner, step.name(), c.cmd(), at));
    }
  }

  /** The failure a fault injects into {@code step}. */
  static StepResult failed(Step step, Duration took, FaultEffect.FailStep fault) {
    String message =
        fault.reason().isBlank() ? fault.message() : fault.reason() + ": " + fault.message();
    return new StepResult(step.name(), step.type(), false, took, message);
  }

  /** What a successful step reports, in the vendor's words where the vendor has them. */
  static String successMessage(WorkloadPlacementSpec spec, Step step) {
    return switch (step.type()) {
      case HELM -> "Helm release " + releaseName(spec, step) + " installed successfully";
      case MANIFEST ->
          spec.manifestResource(step.name())
              .map(m -> m.kind() + " " + m.name() + " applied successfully")
              .orElse("Manifest " + step.name() + " applied successfully");
      case COMMAND -> "Command " + step.name() + " executed successfully";
    };
  }

  private static String releaseName(WorkloadPlacementSpec spec, Step step) {
    return spec.helmConfig(step.name()).map(c -> c.releaseName()).orElse(step.name());
  }
}

package io.workloadplacement.k8s.steps;

/**
 * The port through which the controller runs one kind of step on one cluster, so tests can fake it.
 * Implementations never throw for a failure of the step itself: they answer {@link
 * StepOutcome#failed}.
 *
 * @param <C> the step's configuration ({@code ManifestResource}, {@code CommandExecution}, {@code
 *     HelmConfig})
 */
public interface StepExecutor<C> {

  /** Labels what a placement deployed, so that deleting it removes exactly that. */
  String PLACEMENT_LABEL = "workloadplacement.io/placement";

  /** The field manager of the service's server-side applies. */
  String FIELD_MANAGER = "workload-placement-api";

  /** Runs {@code config} on {@code cluster} for the placement named {@code placement}. */
  StepOutcome run(WorkerCluster cluster, String placement, C config);

  /** Removes what {@link #run} deployed for {@code placement}, if anything (deletion policy). */
  StepOutcome remove(WorkerCluster cluster, String placement, C config);
}

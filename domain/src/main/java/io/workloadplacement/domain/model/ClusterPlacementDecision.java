package io.workloadplacement.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the placement is going on one cluster (CRD): the cluster's phase, the step it is on, when it
 * started and finished, and the result of every step so far.
 *
 * @param currentStep the step being run, null when none is
 * @param startTime when steps started on this cluster, null before
 * @param completionTime when the last step finished or one failed, null before
 */
public record ClusterPlacementDecision(
    String clusterName,
    Phase phase,
    String currentStep,
    Instant startTime,
    Instant completionTime,
    List<StepResult> stepResults) {

  public ClusterPlacementDecision {
    Objects.requireNonNull(clusterName, "clusterName");
    Objects.requireNonNull(phase, "phase");
    stepResults = List.copyOf(stepResults);
  }

  /** A cluster that has not started its steps yet. */
  public static ClusterPlacementDecision waiting(String clusterName, Phase phase) {
    return new ClusterPlacementDecision(clusterName, phase, null, null, null, List.of());
  }

  /** This decision with {@code result} appended. */
  public ClusterPlacementDecision withResult(StepResult result) {
    List<StepResult> results = new ArrayList<>(stepResults);
    results.add(result);
    return new ClusterPlacementDecision(
        clusterName, phase, currentStep, startTime, completionTime, results);
  }

  /** This decision in {@code newPhase}, running {@code step} (null for none). */
  public ClusterPlacementDecision with(Phase newPhase, String step, Instant completedAt) {
    return new ClusterPlacementDecision(
        clusterName, newPhase, step, startTime, completedAt, stepResults);
  }

  /** This decision started at {@code at}, running {@code step}. */
  public ClusterPlacementDecision startedAt(Instant at, String step) {
    return new ClusterPlacementDecision(clusterName, Phase.DEPLOYING, step, at, null, stepResults);
  }
}

package io.workloadplacement.simulator.fault;

import io.workloadplacement.domain.model.StepType;
import java.util.Objects;
import java.util.Optional;

/**
 * Which steps or API calls a fault rule targets; an empty criterion matches anything. A rule with
 * an {@code operation} targets API calls only; one with a cluster, step type or step name targets
 * steps only.
 */
public record FaultMatch(
    Optional<Glob> placement,
    Optional<Glob> cluster,
    Optional<StepType> stepType,
    Optional<Glob> stepName,
    Optional<ApiOperation> operation) {

  public FaultMatch {
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(stepType, "stepType");
    Objects.requireNonNull(stepName, "stepName");
    Objects.requireNonNull(operation, "operation");
    if (operation.isPresent()
        && (cluster.isPresent() || stepType.isPresent() || stepName.isPresent())) {
      throw new IllegalArgumentException(
          "a fault rule targets either API calls (operation) or steps (cluster, stepType,"
              + " stepName), not both");
    }
  }

  /** Matches everything. */
  public static FaultMatch any() {
    return new FaultMatch(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This match also requiring the placement name to match {@code glob}. */
  public FaultMatch placement(String glob) {
    return new FaultMatch(Optional.of(new Glob(glob)), cluster, stepType, stepName, operation);
  }

  /** This match also requiring the cluster to match {@code glob}. */
  public FaultMatch cluster(String glob) {
    return new FaultMatch(placement, Optional.of(new Glob(glob)), stepType, stepName, operation);
  }

  /** This match also requiring a step of {@code type}. */
  public FaultMatch stepType(StepType type) {
    return new FaultMatch(placement, cluster, Optional.of(type), stepName, operation);
  }

  /** This match also requiring the step name to match {@code glob}. */
  public FaultMatch stepName(String glob) {
    return new FaultMatch(placement, cluster, stepType, Optional.of(new Glob(glob)), operation);
  }

  /** This match also requiring the API call {@code op}. */
  public FaultMatch operation(ApiOperation op) {
    return new FaultMatch(placement, cluster, stepType, stepName, Optional.of(op));
  }

  /** True when it selects step {@code step} of type {@code type} on {@code clusterName}. */
  public boolean matchesStep(String placementName, String clusterName, StepType type, String step) {
    return operation.isEmpty()
        && placement.map(g -> g.matches(placementName)).orElse(true)
        && cluster.map(g -> g.matches(clusterName)).orElse(true)
        && stepType.map(type::equals).orElse(true)
        && stepName.map(g -> g.matches(step)).orElse(true);
  }

  /**
   * True when it selects the API call {@code op} on {@code placementName}; a call without a
   * placement (list) is never selected by a placement pattern.
   */
  public boolean matchesApi(ApiOperation op, Optional<String> placementName) {
    return cluster.isEmpty()
        && stepType.isEmpty()
        && stepName.isEmpty()
        && operation.map(op::equals).orElse(true)
        && placement.map(g -> placementName.filter(g::matches).isPresent()).orElse(true);
  }
}

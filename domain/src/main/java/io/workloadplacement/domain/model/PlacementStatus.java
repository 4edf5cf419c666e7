package io.workloadplacement.domain.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The observed state of a placement: where it is in its lifecycle and why. */
public record PlacementStatus(
    ProvisioningStatus provisioningStatus,
    String message,
    List<Condition> conditions,
    List<ClusterPlacementDecision> clusterPlacementDecisions,
    Instant lastUpdated) {

  public PlacementStatus {
    Objects.requireNonNull(provisioningStatus, "provisioningStatus");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(lastUpdated, "lastUpdated");
    conditions = List.copyOf(conditions);
    clusterPlacementDecisions = List.copyOf(clusterPlacementDecisions);
  }

  /** The status of a placement just accepted at {@code now}. */
  public static PlacementStatus pending(Instant now) {
    return new PlacementStatus(
        ProvisioningStatus.PENDING,
        "Workload placement accepted, waiting for admission",
        List.of(),
        List.of(),
        now);
  }

  /** The phase that goes with the provisioning status. */
  public Phase phase() {
    return provisioningStatus.phase();
  }

  /** The condition of {@code type}, if present. */
  public Optional<Condition> condition(String type) {
    return conditions.stream().filter(c -> c.type().equals(type)).findFirst();
  }

  /** The decision for {@code cluster}, if any. */
  public Optional<ClusterPlacementDecision> decision(String cluster) {
    return clusterPlacementDecisions.stream()
        .filter(d -> d.clusterName().equals(cluster))
        .findFirst();
  }

  /** This status moved to {@code status} with {@code newMessage} at {@code now}. */
  public PlacementStatus movedTo(ProvisioningStatus status, String newMessage, Instant now) {
    return new PlacementStatus(status, newMessage, conditions, clusterPlacementDecisions, now);
  }

  /**
   * This status with {@code condition} replacing the one of the same type. As in Kubernetes, the
   * transition time only moves when the condition's status changes.
   */
  public PlacementStatus withCondition(Condition condition) {
    List<Condition> updated = new ArrayList<>();
    boolean replaced = false;
    for (Condition existing : conditions) {
      if (existing.type().equals(condition.type())) {
        Instant since =
            existing.status() == condition.status()
                ? existing.lastTransitionTime()
                : condition.lastTransitionTime();
        updated.add(
            new Condition(
                condition.type(),
                condition.status(),
                condition.reason(),
                condition.message(),
                since));
        replaced = true;
      } else {
        updated.add(existing);
      }
    }
    if (!replaced) {
      updated.add(condition);
    }
    return new PlacementStatus(
        provisioningStatus, message, updated, clusterPlacementDecisions, lastUpdated);
  }

  /** This status with {@code decisions} in place of the current ones. */
  public PlacementStatus withDecisions(List<ClusterPlacementDecision> decisions) {
    return new PlacementStatus(provisioningStatus, message, conditions, decisions, lastUpdated);
  }

  /** This status with the decision for {@code cluster} replaced by {@code change} of it. */
  public PlacementStatus withDecision(
      String cluster, UnaryOperator<ClusterPlacementDecision> change) {
    return withDecisions(
        clusterPlacementDecisions.stream()
            .map(d -> d.clusterName().equals(cluster) ? change.apply(d) : d)
            .toList());
  }
}

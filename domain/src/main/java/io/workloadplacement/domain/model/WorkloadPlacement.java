package io.workloadplacement.domain.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A placement as stored: what was asked for, what happened, and when it was created and last
 * changed by a client.
 *
 * @param updatedAt when a client last changed the spec, null when never
 */
public record WorkloadPlacement(
    WorkloadPlacementSpec spec, PlacementStatus status, Instant createdAt, Instant updatedAt) {

  public WorkloadPlacement {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The unique name. */
  public String name() {
    return spec.name();
  }

  /** The workspace it belongs to. */
  public String workspaceName() {
    return spec.workspaceName();
  }

  /** The provisioning status. */
  public ProvisioningStatus provisioningStatus() {
    return status.provisioningStatus();
  }

  /** When the client last changed it, if ever. */
  public Optional<Instant> lastChanged() {
    return Optional.ofNullable(updatedAt);
  }

  /** This placement with {@code newStatus}. */
  public WorkloadPlacement withStatus(PlacementStatus newStatus) {
    return new WorkloadPlacement(spec, newStatus, createdAt, updatedAt);
  }

  /** This placement with {@code newSpec}, changed by a client at {@code now}. */
  public WorkloadPlacement withSpec(WorkloadPlacementSpec newSpec, Instant now) {
    return new WorkloadPlacement(newSpec, status, createdAt, now);
  }

  /**
   * When the burst began: the moment the placement turned Successful, which is when the last step
   * finished on the last cluster. Empty before that.
   */
  public Optional<Instant> burstStartedAt() {
    ProvisioningStatus s = status.provisioningStatus();
    if (s != ProvisioningStatus.SUCCESSFUL && s != ProvisioningStatus.COMPLETED) {
      return Optional.empty();
    }
    return status.clusterPlacementDecisions().stream()
        .map(ClusterPlacementDecision::completionTime)
        .filter(Objects::nonNull)
        .max(Instant::compareTo);
  }

  /** When the burst ends (or ended): burst start plus burstDuration. Empty before Successful. */
  public Optional<Instant> burstEndsAt() {
    return burstStartedAt().map(start -> start.plus(spec.burstDuration().duration()));
  }
}

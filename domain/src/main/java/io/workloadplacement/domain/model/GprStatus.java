package io.workloadplacement.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The GPU provision request of a placement on one cluster, as the SDK reads it (contract section
 * 7): derived from the placement's gprDetails and the cluster's decision, never stored.
 *
 * @param startTime when the cluster's GPUs were provisioned (the decision's start), null before
 */
public record GprStatus(
    String gprName, State provisioningStatus, GprDetails details, Instant startTime) {

  /** Where the request stands. */
  public enum State {
    QUEUED("Queued"),
    PROVISIONED("Provisioned"),
    RELEASED("Released");

    private final String wireName;

    State(String wireName) {
      this.wireName = wireName;
    }

    /** The exact spelling on the wire. */
    public String wireName() {
      return wireName;
    }
  }

  public GprStatus {
    Objects.requireNonNull(gprName, "gprName");
    Objects.requireNonNull(provisioningStatus, "provisioningStatus");
    Objects.requireNonNull(details, "details");
  }

  /**
   * The request of {@code placement} on the cluster of {@code decision}: Queued until the cluster
   * deploys, Provisioned while it deploys and runs, Released once it completed or failed.
   *
   * @throws IllegalArgumentException when the placement has no gprDetails
   */
  public static GprStatus of(WorkloadPlacement placement, ClusterPlacementDecision decision) {
    GprDetails details = placement.spec().gprDetails();
    if (details == null) {
      throw new IllegalArgumentException(placement.name() + " has no gprDetails");
    }
    State state =
        switch (placement.provisioningStatus()) {
          case PENDING, QUEUED -> State.QUEUED;
          case IN_PROGRESS, SUCCESSFUL ->
              decision.phase() == Phase.FAILED || decision.phase() == Phase.COMPLETED
                  ? State.RELEASED
                  : State.PROVISIONED;
          case COMPLETED, FAILED -> State.RELEASED;
        };
    return new GprStatus(
        placement.name() + "-" + decision.clusterName(), state, details, decision.startTime());
  }
}

package io.workloadplacement.k8s.server;

import java.util.Objects;

/**
 * Whether this replica drives placements through their lifecycle, and how replicas agree on the one
 * that does.
 *
 * @param enabled drive placements; false serves the API only
 * @param leaderElection drive only while holding the lease; false drives at once (one replica)
 * @param leaseName the Lease that replicas compete for, in the server's namespace
 * @param identity this replica's name in the Lease
 */
public record ControllerSettings(
    boolean enabled, boolean leaderElection, String leaseName, String identity) {

  /** The Lease's name by default. */
  public static final String DEFAULT_LEASE_NAME = "workload-placement-controller";

  public ControllerSettings {
    Objects.requireNonNull(leaseName, "leaseName");
    Objects.requireNonNull(identity, "identity");
  }

  /** No controller: the API only. */
  public static ControllerSettings off() {
    return new ControllerSettings(false, false, DEFAULT_LEASE_NAME, "none");
  }
}

package io.workloadplacement.k8s.controller;

import java.time.Duration;
import java.util.Objects;

/**
 * How replicas elect the one that drives placements: a Lease named {@code leaseName} in the
 * service's namespace, held by {@code identity} (the pod's name), with Kubernetes' usual timings.
 * {@code onLost} runs when this replica loses leadership after holding it; a fabric8 elector cannot
 * be used again, so the server exits the process and Kubernetes restarts it.
 */
public record LeaderElectionSettings(
    String leaseName,
    String identity,
    Duration leaseDuration,
    Duration renewDeadline,
    Duration retryPeriod,
    Runnable onLost) {

  public LeaderElectionSettings {
    Objects.requireNonNull(leaseName, "leaseName");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(leaseDuration, "leaseDuration");
    Objects.requireNonNull(renewDeadline, "renewDeadline");
    Objects.requireNonNull(retryPeriod, "retryPeriod");
    Objects.requireNonNull(onLost, "onLost");
    if (!(leaseDuration.compareTo(renewDeadline) > 0
        && renewDeadline.compareTo(retryPeriod) > 0
        && retryPeriod.compareTo(Duration.ZERO) > 0)) {
      throw new IllegalArgumentException(
          "need leaseDuration > renewDeadline > retryPeriod > 0, got "
              + leaseDuration
              + ", "
              + renewDeadline
              + ", "
              + retryPeriod);
    }
  }

  /** Kubernetes' defaults (15 s lease, 10 s renew deadline, 2 s retry period). */
  public static LeaderElectionSettings of(String leaseName, String identity, Runnable onLost) {
    return new LeaderElectionSettings(
        leaseName,
        identity,
        Duration.ofSeconds(15),
        Duration.ofSeconds(10),
        Duration.ofSeconds(2),
        onLost);
  }
}

package io.workloadplacement.domain.model;

import java.util.Arrays;
import java.util.Optional;

/** Where a placement is in its lifecycle (section 3 of the contract), with its fixed phase. */
public enum ProvisioningStatus {
  PENDING("Pending", Phase.PENDING),
  QUEUED("Queued", Phase.QUEUED),
  IN_PROGRESS("InProgress", Phase.DEPLOYING),
  SUCCESSFUL("Successful", Phase.RUNNING),
  COMPLETED("Completed", Phase.COMPLETED),
  FAILED("Failed", Phase.FAILED);

  private final String wireName;
  private final Phase phase;

  ProvisioningStatus(String wireName, Phase phase) {
    this.wireName = wireName;
    this.phase = phase;
  }

  /** The exact spelling the contract uses on the wire. */
  public String wireName() {
    return wireName;
  }

  /** The phase that always goes with this status. */
  public Phase phase() {
    return phase;
  }

  /**
   * True while the placement is on its clusters (InProgress, Successful): it holds its GPUs there,
   * and what its steps deployed is there for its deletionPolicy to remove or keep.
   */
  public boolean isOnClusters() {
    return this == IN_PROGRESS || this == SUCCESSFUL;
  }

  /** True for the statuses no transition leaves. */
  public boolean isTerminal() {
    return this == COMPLETED || this == FAILED;
  }

  /** The status spelled exactly {@code text}, if any. */
  public static Optional<ProvisioningStatus> fromWireName(String text) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(text)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}

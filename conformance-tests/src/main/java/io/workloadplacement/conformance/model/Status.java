package io.workloadplacement.conformance.model;

import java.util.Arrays;
import java.util.Optional;

/** A provisioningStatus of the contract (section 3) and the phase that goes with it. */
public enum Status {
  PENDING("Pending", "Pending"),
  QUEUED("Queued", "Queued"),
  IN_PROGRESS("InProgress", "Deploying"),
  SUCCESSFUL("Successful", "Running"),
  COMPLETED("Completed", "Completed"),
  FAILED("Failed", "Failed");

  private final String wireName;
  private final String phase;

  Status(String wireName, String phase) {
    this.wireName = wireName;
    this.phase = phase;
  }

  /** The provisioningStatus as it appears on the wire. */
  public String wireName() {
    return wireName;
  }

  /** The phase a placement in this status must show. */
  public String phase() {
    return phase;
  }

  /** True for Completed and Failed: nothing happens to the placement any more. */
  public boolean isTerminal() {
    return this == COMPLETED || this == FAILED;
  }

  public static Optional<Status> fromWireName(String text) {
    return Arrays.stream(values()).filter(s -> s.wireName.equals(text)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}

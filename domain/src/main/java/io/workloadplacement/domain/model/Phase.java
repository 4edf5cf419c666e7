package io.workloadplacement.domain.model;

import java.util.Arrays;
import java.util.Optional;

/** The coarse phase shown beside the provisioning status, and per cluster. */
public enum Phase {
  PENDING("Pending"),
  QUEUED("Queued"),
  DEPLOYING("Deploying"),
  RUNNING("Running"),
  COMPLETED("Completed"),
  FAILED("Failed");

  private final String wireName;

  Phase(String wireName) {
    this.wireName = wireName;
  }

  /** The exact spelling the contract uses on the wire. */
  public String wireName() {
    return wireName;
  }

  /** The phase spelled exactly {@code text}, if any. */
  public static Optional<Phase> fromWireName(String text) {
    return Arrays.stream(values()).filter(v -> v.wireName.equals(text)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}

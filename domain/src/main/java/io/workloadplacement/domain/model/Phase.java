package io.workloadplacement.domain.model;

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

  @Override
  public String toString() {
    return wireName;
  }
}

package io.workloadplacement.domain.model;

/** The status of a Kubernetes-style condition. */
public enum ConditionStatus {
  TRUE("True"),
  FALSE("False"),
  UNKNOWN("Unknown");

  private final String wireName;

  ConditionStatus(String wireName) {
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

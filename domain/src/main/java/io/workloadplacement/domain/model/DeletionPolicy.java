package io.workloadplacement.domain.model;

import java.util.Arrays;
import java.util.Optional;

/** What happens to the deployed resources when a placement is deleted or completes. */
public enum DeletionPolicy {
  DELETE("Delete"),
  RETAIN("Retain");

  private final String wireName;

  DeletionPolicy(String wireName) {
    this.wireName = wireName;
  }

  /** The exact spelling the contract uses on the wire. */
  public String wireName() {
    return wireName;
  }

  /** The policy spelled exactly {@code text}, if any. */
  public static Optional<DeletionPolicy> fromWireName(String text) {
    return Arrays.stream(values()).filter(p -> p.wireName.equals(text)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}

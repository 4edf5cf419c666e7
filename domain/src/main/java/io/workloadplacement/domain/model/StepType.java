package io.workloadplacement.domain.model;

import java.util.Optional;

/** The kind of a step, naming which list of configs its name refers to. */
public enum StepType {
  HELM("helm"),
  MANIFEST("manifest"),
  COMMAND("command");

  // values() copies its array on every call, and every create asks for each step's type
  private static final StepType[] ALL = values();

  private final String wireName;

  StepType(String wireName) {
    this.wireName = wireName;
  }

  /** The exact spelling the contract uses on the wire. */
  public String wireName() {
    return wireName;
  }

  /** The step type spelled exactly {@code text}, if any. */
  public static Optional<StepType> fromWireName(String text) {
    for (StepType type : ALL) {
      if (type.wireName.equals(text)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return wireName;
  }
}

package io.workloadplacement.domain.model;

import java.util.Arrays;
import java.util.Optional;

/** The kind of a step, naming which list of configs its name refers to. */
public enum StepType {
  HELM("helm"),
  MANIFEST("manifest"),
  COMMAND("command");

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
    return Arrays.stream(values()).filter(t -> t.wireName.equals(text)).findFirst();
  }

  @Override
  public String toString() {
    return wireName;
  }
}

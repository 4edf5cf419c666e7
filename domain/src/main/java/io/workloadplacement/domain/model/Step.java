package io.workloadplacement.domain.model;

import java.util.Objects;

/** One entry of the ordered step list: names a config of the kind {@code type} says. */
public record Step(String name, StepType type) {

  public Step {
    Objects.requireNonNull(type, "type");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a step needs a name");
    }
  }

  /** This step as a draft. */
  public StepDraft toDraft() {
    return new StepDraft(name, type);
  }
}

package io.workloadplacement.domain.model;

import java.time.Duration;
import java.util.Objects;

/** The outcome of one step on one cluster. */
public record StepResult(
    String name, StepType type, boolean success, Duration duration, String message) {

  public StepResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(message, "message");
  }
}

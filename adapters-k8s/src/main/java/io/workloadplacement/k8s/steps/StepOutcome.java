package io.workloadplacement.k8s.steps;

import java.util.Objects;

/**
 * How one step ended on one cluster: success, or failure with a reason (a CamelCase word such as
 * {@code CommandNotAllowed}, as Kubernetes conditions have) and a message for people.
 */
public record StepOutcome(boolean success, String reason, String message) {

  public StepOutcome {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** A step that did what it was asked. */
  public static StepOutcome succeeded(String message) {
    return new StepOutcome(true, "", message);
  }

  /** A step that failed for {@code reason}. */
  public static StepOutcome failed(String reason, String message) {
    return new StepOutcome(false, reason, message);
  }
}

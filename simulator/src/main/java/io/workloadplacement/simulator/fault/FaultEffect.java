package io.workloadplacement.simulator.fault;

import java.time.Duration;
import java.util.Objects;

/** What a fault rule does when it fires. */
public sealed interface FaultEffect {

  /** True when it can apply to a step. */
  default boolean appliesToSteps() {
    return this instanceof StepFault;
  }

  /** True when it can apply to an API call. */
  default boolean appliesToApi() {
    return this instanceof ApiFault;
  }

  /**
   * The step fails with {@code message}. The condition's reason is the contract's for the step type
   * ({@code HelmInstallFailed}...); {@code reason} is shown in the timeline and the message.
   */
  record FailStep(String reason, String message) implements FaultEffect, StepFault {
    public FailStep {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * The API call is answered with {@code status} and {@code message}, after {@code delay}, e.g. 500
   * "kubernetes API timeout" or 503.
   */
  record ApiError(int status, String message, Duration delay) implements FaultEffect, ApiFault {
    public ApiError {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("an API fault's status must be 4xx or 5xx: " + status);
      }
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative");
      }
    }

    /** An error answered at once. */
    public ApiError(int status, String message) {
      this(status, message, Duration.ZERO);
    }
  }

  /**
   * The call is answered late, or the step takes longer, by {@code duration}. For a step this is
   * simulated time; for an API call the HTTP layer waits in real time.
   */
  record Latency(Duration duration) implements FaultEffect, StepFault, ApiFault {
    public Latency {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative()) {
        throw new IllegalArgumentException("latency must not be negative");
      }
    }
  }
}

package io.workloadplacement.domain.model;

import java.time.Instant;
import java.util.Objects;

/** A Kubernetes-style condition; a status holds at most one per {@code type}. */
public record Condition(
    String type,
    ConditionStatus status,
    String reason,
    String message,
    Instant lastTransitionTime) {

  /** Condition type for the outcome of command steps. */
  public static final String COMMAND_EXECUTED = "CommandExecuted";

  /** Condition type for the outcome of manifest steps. */
  public static final String MANIFEST_APPLIED = "ManifestApplied";

  /** Condition type for the outcome of helm steps. */
  public static final String HELM_INSTALL_COMPLETE = "HelmInstallComplete";

  public Condition {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(lastTransitionTime, "lastTransitionTime");
  }

  /** The condition that reports the outcome of a step of {@code type}. */
  public static Condition forStep(
      StepType type, boolean success, String message, Instant lastTransitionTime) {
    String conditionType =
        switch (type) {
          case COMMAND -> COMMAND_EXECUTED;
          case MANIFEST -> MANIFEST_APPLIED;
          case HELM -> HELM_INSTALL_COMPLETE;
        };
    String reason =
        switch (type) {
          case COMMAND -> success ? "CommandSucceeded" : "CommandFailed";
          case MANIFEST -> success ? "ManifestApplySucceeded" : "ManifestApplyFailed";
          case HELM -> success ? "HelmInstallSucceeded" : "HelmInstallFailed";
        };
    return new Condition(
        conditionType,
        success ? ConditionStatus.TRUE : ConditionStatus.FALSE,
        reason,
        message,
        lastTransitionTime);
  }
}

package io.workloadplacement.domain.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/** One entry of a draft's step list, its type as sent: validation names a bad one. */
public record StepDraft(
    @NotBlank String name,
    @NotNull
        @Pattern(regexp = "helm|manifest|command", message = "must be helm, manifest or command")
        String type) {

  /** A draft of a step of a known type. */
  public StepDraft(String name, StepType type) {
    this(name, type.wireName());
  }

  /** The parsed type; empty when {@code type} is not one of the contract's spellings. */
  public Optional<StepType> stepType() {
    return StepType.fromWireName(type);
  }

  /** The typed step. */
  Step toStep() {
    return new Step(
        name,
        stepType().orElseThrow(() -> new IllegalArgumentException("unknown step type " + type)));
  }
}

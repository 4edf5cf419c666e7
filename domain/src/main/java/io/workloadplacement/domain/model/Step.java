package io.workloadplacement.domain.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/** One entry of the ordered step list: names a config of the kind {@code type} says. */
public record Step(
    @NotBlank String name,
    @NotNull
        @Pattern(regexp = "helm|manifest|command", message = "must be helm, manifest or command")
        String type) {

  /** A step of a known type. */
  public Step(String name, StepType type) {
    this(name, type.wireName());
  }

  /** The parsed type; empty when {@code type} is not one of the contract's spellings. */
  public Optional<StepType> stepType() {
    return StepType.fromWireName(type);
  }
}

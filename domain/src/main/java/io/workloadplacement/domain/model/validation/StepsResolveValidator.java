package io.workloadplacement.domain.model.validation;

import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.StepDraft;
import io.workloadplacement.domain.model.StepType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link StepsResolve}, reporting every step that names no config of its type. */
public final class StepsResolveValidator
    implements ConstraintValidator<StepsResolve, PlacementDraft> {

  @Override
  public boolean isValid(PlacementDraft spec, ConstraintValidatorContext context) {
    if (spec == null || spec.steps() == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    for (int i = 0; i < spec.steps().size(); i++) {
      StepDraft step = spec.steps().get(i);
      if (step == null || step.name() == null || step.stepType().isEmpty()) {
        continue; // reported by the step's own constraints
      }
      if (!spec.resolves(step)) {
        Violations.addAt(context, "steps", i, "name", unresolvedMessage(step));
        valid = false;
      }
    }
    return valid;
  }

  private static String unresolvedMessage(StepDraft step) {
    String list =
        switch (step.stepType().orElseThrow()) {
          case HELM -> "helmConfigs (by name, else releaseName)";
          case MANIFEST -> "manifestResources";
          case COMMAND -> "cmdExec";
        };
    String kind = step.stepType().map(StepType::wireName).orElseThrow();
    return "step \"" + step.name() + "\" of type " + kind + " names no entry of " + list;
  }
}

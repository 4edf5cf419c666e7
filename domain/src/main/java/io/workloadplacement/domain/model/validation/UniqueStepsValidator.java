package io.workloadplacement.domain.model.validation;

import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.StepDraft;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks {@link UniqueSteps}, reporting each repeated step where it repeats. */
public final class UniqueStepsValidator
    implements ConstraintValidator<UniqueSteps, PlacementDraft> {

  @Override
  public boolean isValid(PlacementDraft spec, ConstraintValidatorContext context) {
    if (spec == null || spec.steps() == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    Set<List<String>> seen = new HashSet<>();
    boolean valid = true;
    for (int i = 0; i < spec.steps().size(); i++) {
      StepDraft step = spec.steps().get(i);
      if (step == null || step.name() == null || step.type() == null) {
        continue;
      }
      if (!seen.add(List.of(step.type(), step.name()))) {
        Violations.addAt(
            context,
            "steps",
            i,
            "name",
            "duplicate step: the "
                + step.type()
                + " step \""
                + step.name()
                + "\" is already listed");
        valid = false;
      }
    }
    return valid;
  }
}

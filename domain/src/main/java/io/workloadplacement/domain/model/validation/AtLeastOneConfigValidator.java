package io.workloadplacement.domain.model.validation;

import io.workloadplacement.domain.model.PlacementDraft;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link AtLeastOneConfig}, reporting on {@code helmConfigs}. */
public final class AtLeastOneConfigValidator
    implements ConstraintValidator<AtLeastOneConfig, PlacementDraft> {

  @Override
  public boolean isValid(PlacementDraft spec, ConstraintValidatorContext context) {
    if (spec == null
        || !spec.helmConfigs().isEmpty()
        || !spec.manifestResources().isEmpty()
        || !spec.cmdExec().isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    Violations.addAt(
        context,
        "helmConfigs",
        "at least one of helmConfigs, manifestResources or cmdExec must be non-empty");
    return false;
  }
}

package io.workloadplacement.domain.model.validation;

import io.workloadplacement.domain.model.ExitDuration;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidExitDuration}, reporting why the text is not an exit duration. */
public final class ExitDurationValidator implements ConstraintValidator<ValidExitDuration, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      ExitDuration.parse(value);
      return true;
    } catch (IllegalArgumentException e) {
      Violations.replaceMessage(context, e.getMessage());
      return false;
    }
  }
}

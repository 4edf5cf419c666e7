package io.workloadplacement.domain.model.validation;

import io.workloadplacement.domain.model.BurstDuration;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidBurstDuration}, reporting why the text is not a burst duration. */
public final class BurstDurationValidator
    implements ConstraintValidator<ValidBurstDuration, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      BurstDuration.parse(value);
      return true;
    } catch (IllegalArgumentException e) {
      Violations.replaceMessage(context, e.getMessage());
      return false;
    }
  }
}

package io.workloadplacement.domain.model.validation;

import io.workloadplacement.domain.model.BurstDuration;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidDuration}: the CRD's duration syntax, where zero is allowed. */
public final class DurationValidator implements ConstraintValidator<ValidDuration, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null
        || (value.length() <= BurstDuration.MAX_LENGTH
            && BurstDuration.PATTERN.matcher(value).matches());
  }
}

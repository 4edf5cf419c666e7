package io.workloadplacement.domain.model.validation;

import io.workloadplacement.domain.model.DnsNames;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DnsLabel}; null is valid. */
public final class DnsLabelValidator implements ConstraintValidator<DnsLabel, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || DnsNames.isLabel(value);
  }
}

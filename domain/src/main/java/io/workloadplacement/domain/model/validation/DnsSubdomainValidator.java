package io.workloadplacement.domain.model.validation;

import io.workloadplacement.domain.model.DnsNames;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DnsSubdomain}; null is valid. */
public final class DnsSubdomainValidator implements ConstraintValidator<DnsSubdomain, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || DnsNames.isSubdomain(value);
  }
}

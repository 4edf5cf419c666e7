package io.workloadplacement.domain.model.validation;

import io.workloadplacement.domain.model.GprDetails;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link GpuSelection}, one violation per offending field. */
public final class GpuSelectionValidator implements ConstraintValidator<GpuSelection, GprDetails> {

  @Override
  public boolean isValid(GprDetails gpr, ConstraintValidatorContext context) {
    if (gpr == null || gpr.enableAutoGpuSelection() == null) {
      return true; // a missing enableAutoGpuSelection is reported on its own
    }
    context.disableDefaultConstraintViolation();
    boolean auto = gpr.enableAutoGpuSelection();
    boolean valid = check(context, "instanceType", gpr.instanceType(), auto);
    valid &= check(context, "gpuShape", gpr.gpuShape(), auto);
    return valid;
  }

  private static boolean check(
      ConstraintValidatorContext context, String field, String value, boolean auto) {
    if (auto && value != null) {
      Violations.addAt(context, field, "must not be given when enableAutoGpuSelection is true");
      return false;
    }
    if (!auto && (value == null || value.isBlank())) {
      Violations.addAt(context, field, "is required when enableAutoGpuSelection is false");
      return false;
    }
    return true;
  }
}

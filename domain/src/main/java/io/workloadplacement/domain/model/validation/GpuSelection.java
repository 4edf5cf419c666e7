package io.workloadplacement.domain.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * With automatic GPU selection neither instanceType nor gpuShape is given; without it both are.
 * Each offending field is its own violation.
 */
@Documented
@Constraint(validatedBy = GpuSelectionValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface GpuSelection {
  String message() default "instanceType and gpuShape go with enableAutoGpuSelection false";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

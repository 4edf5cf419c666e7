package io.workloadplacement.domain.model.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A positive burst duration in the CRD's syntax; null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = BurstDurationValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidBurstDuration {
  String message() default "must be a positive duration such as 15m, 1.5h or 2d5h30m";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

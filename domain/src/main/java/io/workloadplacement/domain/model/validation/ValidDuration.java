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

/** A duration in the CRD's syntax (zero allowed); null is valid. */
@Documented
@Constraint(validatedBy = DurationValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidDuration {
  String message() default "must be a duration such as 5m or 30s";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

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

/** A positive exit duration in days, hours and minutes; null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = ExitDurationValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidExitDuration {
  String message() default "must be days, hours and minutes in that order, such as 1d2h30m";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

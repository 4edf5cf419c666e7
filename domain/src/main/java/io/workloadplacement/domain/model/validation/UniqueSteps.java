package io.workloadplacement.domain.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** No (type, name) pair appears twice in steps. */
@Documented
@Constraint(validatedBy = UniqueStepsValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface UniqueSteps {
  String message() default "a step may appear only once";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

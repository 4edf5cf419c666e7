package io.workloadplacement.domain.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Every step names a config of its type. */
@Documented
@Constraint(validatedBy = StepsResolveValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface StepsResolve {
  String message() default "every step must name a config of its type";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

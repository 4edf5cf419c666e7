package io.workloadplacement.domain.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Step keys are unique within each kind of config. */
@Documented
@Constraint(validatedBy = UniqueConfigKeysValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface UniqueConfigKeys {
  String message() default "keys must be unique within each kind of config";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

package io.workloadplacement.domain.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** At least one of helmConfigs, manifestResources and cmdExec is non-empty (SDK). */
@Documented
@Constraint(validatedBy = AtLeastOneConfigValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface AtLeastOneConfig {
  String message() default
      "at least one of helmConfigs, manifestResources or cmdExec must be non-empty";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

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

/** An absolute http, https or oci URL with a host; null is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = RepositoryUrlValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface RepositoryUrl {
  String message() default "must be an absolute http, https or oci URL";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

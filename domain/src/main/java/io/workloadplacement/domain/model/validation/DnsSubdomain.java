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

/** A DNS-1123 subdomain: what Kubernetes accepts for most object names. */
@Documented
@Constraint(validatedBy = DnsSubdomainValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface DnsSubdomain {
  String message() default
      "must be a DNS-1123 subdomain: at most 253 lowercase letters, digits, '-' or '.',"
          + " starting and ending with a letter or digit";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

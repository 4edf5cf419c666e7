package io.workloadplacement.domain.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** No cluster is named twice. */
@Documented
@Constraint(validatedBy = DistinctClustersValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface DistinctClusters {
  String message() default "clusters must be distinct";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

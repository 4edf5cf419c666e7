package io.workloadplacement.domain.model.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A manifest item is either the v1.15 shape ({@code apiVersion}, {@code kind}, optional {@code
 * namespace} and {@code data}) or the SDK's ({@code manifest}: a whole Kubernetes object), never a
 * mix; each shape's required parts are present.
 */
@Documented
@Constraint(validatedBy = ManifestShapeValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface ManifestShape {
  String message() default "must be one manifest shape";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

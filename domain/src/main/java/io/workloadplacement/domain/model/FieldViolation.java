package io.workloadplacement.domain.model;

import java.util.Objects;

/**
 * One reason a placement is invalid, at a field path such as {@code helmConfigs[0].releaseName}.
 */
public record FieldViolation(String field, String message) {

  public FieldViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}

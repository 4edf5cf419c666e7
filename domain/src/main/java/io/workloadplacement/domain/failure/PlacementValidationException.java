package io.workloadplacement.domain.failure;

import io.workloadplacement.domain.model.FieldViolation;
import java.util.List;

/** The placement breaks one or more rules; every violation is listed. */
public final class PlacementValidationException extends PlacementException {
  private final List<FieldViolation> violations;

  public PlacementValidationException(List<FieldViolation> violations) {
    super(summary(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /** Every violation, ordered by field path. */
  public List<FieldViolation> violations() {
    return violations;
  }

  private static String summary(List<FieldViolation> violations) {
    return violations.stream()
        .map(v -> v.field() + ": " + v.message())
        .reduce((a, b) -> a + "; " + b)
        .orElse("invalid workload placement");
  }
}

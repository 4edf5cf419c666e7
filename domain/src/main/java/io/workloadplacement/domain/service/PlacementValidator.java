package io.workloadplacement.domain.service;

import io.workloadplacement.domain.failure.PlacementValidationException;
import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the Bean Validation constraints of a spec and reports every violation with its field path,
 * in a stable order (by path, indices compared as numbers).
 */
public final class PlacementValidator {

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private final Validator validator;

  public PlacementValidator(Validator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /** Every violation of {@code spec}; empty when it is valid. */
  public List<FieldViolation> violationsOf(WorkloadPlacementSpec spec) {
    return validator.validate(spec).stream()
        .map(PlacementValidator::toFieldViolation)
        .distinct()
        .sorted(
            Comparator.comparing((FieldViolation v) -> sortKey(v.field()))
                .thenComparing(FieldViolation::message))
        .toList();
  }

  /**
   * Returns normally when {@code spec} is valid.
   *
   * @throws PlacementValidationException listing every violation otherwise
   */
  public void requireValid(WorkloadPlacementSpec spec) {
    List<FieldViolation> violations = violationsOf(spec);
    if (!violations.isEmpty()) {
      throw new PlacementValidationException(violations);
    }
  }

  private static FieldViolation toFieldViolation(ConstraintViolation<WorkloadPlacementSpec> v) {
    String path = v.getPropertyPath().toString();
    // container elements render as "clusters[1].<list element>"; the client wants "clusters[1]"
    path = path.replace(".<list element>", "");
    return new FieldViolation(path.isEmpty() ? "(root)" : path, v.getMessage());
  }

  /** Pads indices so that "steps[10]" sorts after "steps[9]". */
  private static String sortKey(String path) {
    Matcher m = INDEX.matcher(path);
    StringBuilder key = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(key, "[" + String.format("%010d", Long.parseLong(m.group(1))) + "]");
    }
    m.appendTail(key);
    return key.toString();
  }
}

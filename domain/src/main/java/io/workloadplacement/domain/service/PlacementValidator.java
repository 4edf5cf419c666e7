package io.workloadplacement.domain.service;

import io.workloadplacement.domain.failure.PlacementValidationException;
import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the Bean Validation constraints of a draft and reports every violation with its field path,
 * in a stable order (by path, indices compared as numbers); maps a valid draft to its typed spec.
 */
public final class PlacementValidator {

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private final Validator validator;

  public PlacementValidator(Validator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /** Every violation of {@code draft}; empty when it is valid. */
  public List<FieldViolation> violationsOf(PlacementDraft draft) {
    return validator.validate(draft).stream()
        .map(PlacementValidator::toFieldViolation)
        .distinct()
        .sorted(
            Comparator.comparing((FieldViolation v) -> sortKey(v.field()))
                .thenComparing(FieldViolation::message))
        .toList();
  }

  /**
   * The typed spec {@code draft} asks for.
   *
   * @throws PlacementValidationException listing every violation when the draft is not valid
   */
  public WorkloadPlacementSpec toSpec(PlacementDraft draft) {
    List<FieldViolation> violations = violationsOf(draft);
    if (!violations.isEmpty()) {
      throw new PlacementValidationException(violations);
    }
    return draft.toSpec();
  }

  private static FieldViolation toFieldViolation(ConstraintViolation<PlacementDraft> v) {
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

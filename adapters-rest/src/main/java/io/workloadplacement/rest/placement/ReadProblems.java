package io.workloadplacement.rest.placement;

import io.workloadplacement.domain.model.FieldViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading a request body found wrong: values of the wrong JSON type (each a violation at its
 * path) and fields the API does not know (each a path), in document order.
 */
final class ReadProblems {

  private final List<FieldViolation> typeErrors = new ArrayList<>();
  private final List<String> unknownFields = new ArrayList<>();

  void wrongType(String path, String message) {
    typeErrors.add(new FieldViolation(path, message));
  }

  void unknown(String path) {
    unknownFields.add(path);
  }

  List<FieldViolation> typeErrors() {
    return List.copyOf(typeErrors);
  }

  List<String> unknownFields() {
    return List.copyOf(unknownFields);
  }
}

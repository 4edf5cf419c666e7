package io.workloadplacement.rest.placement;

import io.javalin.http.Context;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.Envelope.FieldError;
import io.workloadplacement.rest.http.HttpErrors;
import java.util.List;

/**
 * What to do with unknown fields, as Kubernetes' {@code fieldValidation} query parameter says:
 * refuse them ({@code Strict}), accept them with a {@code Warning} header each ({@code Warn}, the
 * default), or accept them silently ({@code Ignore}).
 */
enum FieldValidation {
  STRICT,
  WARN,
  IGNORE;

  static final String PARAMETER = "fieldValidation";

  /** The request's mode; a value other than the three is a 400. */
  static FieldValidation of(Context ctx) {
    String value = ctx.queryParam(PARAMETER);
    if (value == null || value.isEmpty()) {
      return WARN;
    }
    return switch (value) {
      case "Strict" -> STRICT;
      case "Warn" -> WARN;
      case "Ignore" -> IGNORE;
      default ->
          throw new ApiErrorException(
              HttpErrors.validation(
                  List.of(new FieldError(PARAMETER, "must be Strict, Warn or Ignore"))));
    };
  }
}

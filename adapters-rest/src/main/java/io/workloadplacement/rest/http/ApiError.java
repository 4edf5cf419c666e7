package io.workloadplacement.rest.http;

import io.workloadplacement.rest.http.Envelope.FieldError;
import java.util.List;
import java.util.Objects;

/**
 * Everything an error response says: the HTTP status and top-level {@code message}, the {@code
 * error.errorKey} and {@code error.message}, the vendor's nested error that {@code error.data}
 * carries as a JSON string ({@code Message}, {@code Errormessage}, {@code Reason}, {@code
 * Details}), and the {@code error.fields} of a validation error (null otherwise).
 */
public record ApiError(
    int status,
    String message,
    String errorKey,
    String errorMessage,
    String nestedMessage,
    String errormessage,
    String reason,
    String details,
    List<FieldError> fields) {

  /** The vendor's documentation link, in every nested error. */
  public static final String REFERENCE_DOCUMENTATION =
      "https://docs.avesha.io/documentation/enterprise-egs";

  public ApiError {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error status is 4xx or 5xx, got " + status);
    }
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(errorKey, "errorKey");
    Objects.requireNonNull(errorMessage, "errorMessage");
    Objects.requireNonNull(nestedMessage, "nestedMessage");
    Objects.requireNonNull(errormessage, "errormessage");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(details, "details");
    fields = fields == null ? null : List.copyOf(fields);
  }

  /**
   * An error without fields.
   *
   * @param message the top-level {@code message}
   * @param errorKey {@code error.errorKey}
   * @param errorMessage {@code error.message}
   * @param nestedMessage {@code Message} inside {@code error.data}
   * @param errormessage {@code DetailedError.Errormessage}
   * @param reason {@code DetailedError.Reason}
   * @param details {@code DetailedError.Details}
   */
  public static ApiError of(
      int status,
      String message,
      String errorKey,
      String errorMessage,
      String nestedMessage,
      String errormessage,
      String reason,
      String details) {
    return new ApiError(
        status,
        message,
        errorKey,
        errorMessage,
        nestedMessage,
        errormessage,
        reason,
        details,
        null);
  }

  /** This error with {@code error.fields}. */
  public ApiError withFields(List<FieldError> newFields) {
    return new ApiError(
        status,
        message,
        errorKey,
        errorMessage,
        nestedMessage,
        errormessage,
        reason,
        details,
        newFields);
  }
}

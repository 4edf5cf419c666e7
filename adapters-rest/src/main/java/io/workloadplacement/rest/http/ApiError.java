package io.workloadplacement.rest.http;

import io.workloadplacement.rest.http.Envelope.FieldError;
import java.util.List;
import java.util.Objects;

/**
 * Everything an error response says, each part named after where it lands: the HTTP status and
 * top-level {@code message}; {@code error.errorKey} and {@code error.message}; the vendor's nested
 * error that {@code error.data} carries as a JSON string ({@code Message}, then {@code
 * DetailedError}'s {@code Errormessage}, {@code Reason}, {@code Details}); and the {@code
 * error.fields} of a validation error (null otherwise). Built with {@link #builder}.
 *
 * @param message the top-level {@code message}
 * @param errorKey {@code error.errorKey}
 * @param errorMessage {@code error.message}
 * @param dataMessage {@code Message} inside {@code error.data}
 * @param cause {@code DetailedError.Errormessage}: the words of what failed underneath
 * @param reason {@code DetailedError.Reason}
 * @param details {@code DetailedError.Details}
 * @param fields {@code error.fields}, or null
 */
public record ApiError(
    int status,
    String message,
    String errorKey,
    String errorMessage,
    String dataMessage,
    String cause,
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
    Objects.requireNonNull(dataMessage, "dataMessage");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(details, "details");
    fields = fields == null ? null : List.copyOf(fields);
  }

  /**
   * An error of {@code status} whose top-level {@code message} is {@code message}; {@code
   * errorMessage}, {@code dataMessage} and {@code cause} must be given, the other parts are empty
   * unless given.
   */
  public static Builder builder(int status, String message) {
    return new Builder(status, message);
  }

  /** This error with {@code error.fields}. */
  public ApiError withFields(List<FieldError> newFields) {
    return new ApiError(
        status, message, errorKey, errorMessage, dataMessage, cause, reason, details, newFields);
  }

  /** Names each part of an {@link ApiError}. */
  public static final class Builder {
    private final int status;
    private final String message;
    private String errorKey = "";
    private String errorMessage;
    private String dataMessage;
    private String cause;
    private String reason = "";
    private String details = "";

    private Builder(int status, String message) {
      this.status = status;
      this.message = message;
    }

    /** {@code error.errorKey}; empty unless given. */
    public Builder errorKey(String value) {
      this.errorKey = value;
      return this;
    }

    /** {@code error.message}. */
    public Builder errorMessage(String value) {
      this.errorMessage = value;
      return this;
    }

    /** {@code Message} inside {@code error.data}. */
    public Builder dataMessage(String value) {
      this.dataMessage = value;
      return this;
    }

    /** {@code DetailedError.Errormessage}: the words of what failed underneath. */
    public Builder cause(String value) {
      this.cause = value;
      return this;
    }

    /** {@code DetailedError.Reason}; empty unless given. */
    public Builder reason(String value) {
      this.reason = value;
      return this;
    }

    /** {@code DetailedError.Details}; empty unless given. */
    public Builder details(String value) {
      this.details = value;
      return this;
    }

    /**
     * The error; fails when {@code errorMessage}, {@code dataMessage} or {@code cause} is missing.
     */
    public ApiError build() {
      return new ApiError(
          status, message, errorKey, errorMessage, dataMessage, cause, reason, details, null);
    }
  }
}

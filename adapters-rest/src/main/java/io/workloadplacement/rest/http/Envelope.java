package io.workloadplacement.rest.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The body of every response, errors included (section 4 of the contract). {@code data} is always
 * written, null on error; {@code metadata} only on a list page that has a continuation; {@code
 * error} only on error.
 */
@JsonPropertyOrder({"statusCode", "status", "message", "data", "metadata", "error"})
public record Envelope(
    int statusCode,
    String status,
    String message,
    Object data,
    @JsonInclude(JsonInclude.Include.NON_NULL) ListMetadata metadata,
    @JsonInclude(JsonInclude.Include.NON_NULL) ErrorBody error) {

  /** The {@code status} of a success. */
  public static final String OK = "OK";

  /** The {@code status} of an error. */
  public static final String ERROR = "Error";

  /** A success with {@code data}. */
  public static Envelope success(int statusCode, String message, Object data) {
    return new Envelope(statusCode, OK, message, data, null, null);
  }

  /** Kubernetes-style list metadata: the token that fetches the next page. */
  public record ListMetadata(@JsonProperty("continue") String continueToken) {}

  /**
   * The {@code error} member: {@code data} is the vendor's nested error as a JSON string, {@code
   * fields} lists every violation of a {@code ValidationError} and is absent otherwise.
   */
  @JsonPropertyOrder({"errorKey", "message", "data", "fields"})
  public record ErrorBody(
      String errorKey,
      String message,
      String data,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<FieldError> fields) {}

  /** One violation in {@code error.fields}. */
  public record FieldError(String field, String message) {}
}

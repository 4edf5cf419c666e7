package io.workloadplacement.rest.http;

import java.util.Objects;

/**
 * Thrown from any handler (the API's or an extension's) to answer with {@code error} in the
 * envelope. Carries no stack trace: it is a response, not a fault.
 */
public final class ApiErrorException extends RuntimeException {

  private final transient ApiError error;

  public ApiErrorException(ApiError error) {
    super(Objects.requireNonNull(error, "error").message(), null, false, false);
    this.error = error;
  }

  /** The error to answer with. */
  public ApiError error() {
    return error;
  }
}

package io.workloadplacement.rest.http;

import java.util.List;

/**
 * The errors of the HTTP layer itself, which the contract names without quoting texts: malformed
 * JSON, unknown route, wrong method, too large, not JSON, unexpected failure, not ready. Their
 * texts are this project's (README, REST adapter).
 */
public final class HttpErrors {

  private HttpErrors() {}

  /** 400 {@code MalformedJson}: the body is not one well-formed JSON object. */
  public static ApiError malformedJson(String problem) {
    return ApiError.of(
        400,
        "Bad Request",
        "MalformedJson",
        "Malformed JSON in request body",
        "Error parsing request body",
        problem,
        "BadRequest",
        "");
  }

  /** 400 {@code ValidationError} with every violation; used for the body and query alike. */
  public static ApiError validation(List<Envelope.FieldError> fields) {
    String summary =
        fields.stream()
            .map(f -> f.field() + ": " + f.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid request");
    return ApiError.of(
            400,
            "Bad Request",
            "ValidationError",
            "Validation failed",
            "Invalid request",
            summary,
            "Invalid",
            "")
        .withFields(fields);
  }

  /** 404 for a path no route serves. */
  public static ApiError routeNotFound(String method, String path) {
    return ApiError.of(
        404,
        "Not Found",
        "RouteNotFound",
        "Route not found",
        "No route for " + method + " " + path,
        "resource not found",
        "NotFound",
        "");
  }

  /** 405 for a path served, but not with this method. */
  public static ApiError methodNotAllowed(String method, String path, String allowed) {
    return ApiError.of(
        405,
        "Method Not Allowed",
        "MethodNotAllowed",
        "Method not allowed",
        "Method " + method + " is not allowed on " + path,
        "method not allowed",
        "MethodNotAllowed",
        "Allowed methods: " + allowed);
  }

  /** 413 for a body over the limit. */
  public static ApiError tooLarge(long limitBytes) {
    return ApiError.of(
        413,
        "Request Entity Too Large",
        "RequestEntityTooLarge",
        "Request body too large",
        "Error reading request body",
        "the request body exceeds the limit of " + limitBytes + " bytes",
        "RequestEntityTooLarge",
        "");
  }

  /** 415 for a body that is not JSON. */
  public static ApiError unsupportedMediaType(String contentType) {
    return ApiError.of(
        415,
        "Unsupported Media Type",
        "UnsupportedMediaType",
        "Request body must be application/json",
        "Error reading request body",
        "unsupported media type \"" + contentType + "\"",
        "UnsupportedMediaType",
        "");
  }

  /** 500 for anything unexpected: says where to look, never what broke. */
  public static ApiError internal(String requestId) {
    return ApiError.of(
        500,
        "Internal Server Error",
        "",
        "An unexpected error occurred",
        "Internal error",
        "the server failed to process the request; see its log for request id " + requestId,
        "InternalError",
        "");
  }

  /** 503 while the server is not ready. */
  public static ApiError notReady() {
    return ApiError.of(
        503,
        "Service Unavailable",
        "NotReady",
        "Service not ready",
        "The server is not ready to serve requests",
        "not ready",
        "ServiceUnavailable",
        "");
  }

  /** Any other HTTP-layer failure, with the status and text Javalin gave it. */
  public static ApiError generic(int status, String text) {
    return ApiError.of(status, text, "", text, text, text, "", "");
  }
}

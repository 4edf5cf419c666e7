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
    return ApiError.builder(400, "Bad Request")
        .errorKey("MalformedJson")
        .errorMessage("Malformed JSON in request body")
        .dataMessage("Error parsing request body")
        .cause(problem)
        .reason("BadRequest")
        .build();
  }

  /** 400 {@code ValidationError} with every violation; used for the body and query alike. */
  public static ApiError validation(List<Envelope.FieldError> fields) {
    String summary =
        fields.stream()
            .map(f -> f.field() + ": " + f.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid request");
    return ApiError.builder(400, "Bad Request")
        .errorKey("ValidationError")
        .errorMessage("Validation failed")
        .dataMessage("Invalid request")
        .cause(summary)
        .reason("Invalid")
        .build()
        .withFields(fields);
  }

  /** 404 for a path no route serves. */
  public static ApiError routeNotFound(String method, String path) {
    return ApiError.builder(404, "Not Found")
        .errorKey("RouteNotFound")
        .errorMessage("Route not found")
        .dataMessage("No route for " + method + " " + path)
        .cause("resource not found")
        .reason("NotFound")
        .build();
  }

  /** 405 for a path served, but not with this method. */
  public static ApiError methodNotAllowed(String method, String path, String allowed) {
    return ApiError.builder(405, "Method Not Allowed")
        .errorKey("MethodNotAllowed")
        .errorMessage("Method not allowed")
        .dataMessage("Method " + method + " is not allowed on " + path)
        .cause("method not allowed")
        .reason("MethodNotAllowed")
        .details("Allowed methods: " + allowed)
        .build();
  }

  /** 413 for a body over the limit. */
  public static ApiError tooLarge(long limitBytes) {
    return ApiError.builder(413, "Request Entity Too Large")
        .errorKey("RequestEntityTooLarge")
        .errorMessage("Request body too large")
        .dataMessage("Error reading request body")
        .cause("the request body exceeds the limit of " + limitBytes + " bytes")
        .reason("RequestEntityTooLarge")
        .build();
  }

  /** 415 for a body that is not JSON. */
  public static ApiError unsupportedMediaType(String contentType) {
    return ApiError.builder(415, "Unsupported Media Type")
        .errorKey("UnsupportedMediaType")
        .errorMessage("Request body must be application/json")
        .dataMessage("Error reading request body")
        .cause("unsupported media type \"" + contentType + "\"")
        .reason("UnsupportedMediaType")
        .build();
  }

  /** 500 for anything unexpected: says where to look, never what broke. */
  public static ApiError internal(String requestId) {
    return ApiError.builder(500, "Internal Server Error")
        .errorMessage("An unexpected error occurred")
        .dataMessage("Internal error")
        .cause("the server failed to process the request; see its log for request id " + requestId)
        .reason("InternalError")
        .build();
  }

  /** 503 while the server is not ready. */
  public static ApiError notReady() {
    return ApiError.builder(503, "Service Unavailable")
        .errorKey("NotReady")
        .errorMessage("Service not ready")
        .dataMessage("The server is not ready to serve requests")
        .cause("not ready")
        .reason("ServiceUnavailable")
        .build();
  }

  /** Any other HTTP-layer failure, with the status and text Javalin gave it. */
  public static ApiError generic(int status, String text) {
    return ApiError.builder(status, text).errorMessage(text).dataMessage(text).cause(text).build();
  }
}

package io.workloadplacement.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.workloadplacement.rest.json.JsonMapping;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error pages (a request refused before Javalin sees it, such as a badly encoded path)
 * in the envelope instead of HTML, so that no answer of the server breaks the contract's shape.
 */
public final class JettyErrorEnvelopes extends ErrorHandler {

  private static final String BAD_UTF8 = "Bad UTF-8 encoding";

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    ApiError error =
        badlyEncodedPath(request, code, message, cause).orElseGet(() -> jettys(code, message));
    byte[] body;
    try {
      body =
          JsonMapping.objectMapper()
              .writeValueAsBytes(
                  new Envelope(
                      error.status(),
                      Envelope.ERROR,
                      error.message(),
                      null,
                      null,
                      new Envelope.ErrorBody(
                          error.errorKey(),
                          error.errorMessage(),
                          ApiResponses.nestedData(error),
                          error.fields())));
    } catch (JsonProcessingException e) {
      callback.failed(e);
      return;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiResponses.JSON);
    response.getHeaders().put(RequestIds.HEADER, RequestIds.newId());
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /**
   * A 400 for a path whose percent-encoding is broken, named as the API names any bad input. Jetty
   * keeps the path when its bytes are not UTF-8, but refuses a bad {@code %} escape while parsing
   * the request line, leaving only its decoder's failure as the cause.
   */
  private static Optional<ApiError> badlyEncodedPath(
      Request request, int code, String message, Throwable cause) {
    if (code != HttpStatus.BAD_REQUEST_400) {
      return Optional.empty();
    }
    HttpURI uri = request.getHttpURI();
    Optional<String> problem =
        uri == null || uri.getPath() == null
            ? Optional.empty()
            : PercentEncoding.problemIn(uri.getPath());
    if (problem.isEmpty() && (BAD_UTF8.equals(message) || isEscapeFailure(cause))) {
      problem = Optional.of("a '%' is not followed by two hex digits, or its bytes are not UTF-8");
    }
    return problem.map(
        p ->
            HttpErrors.validation(
                List.of(
                    new Envelope.FieldError("path", "is not correctly percent-encoded: " + p))));
  }

  /**
   * Jetty's URI decoder failed: "!hex" for a non-hex digit, "Bad URI % encoding" for a short one.
   */
  private static boolean isEscapeFailure(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      String text = String.valueOf(t.getMessage());
      if (t instanceof NumberFormatException && text.startsWith("!hex")
          || t instanceof IllegalArgumentException && text.contains("% encoding")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static ApiError jettys(int code, String message) {
    String reason = HttpStatus.getMessage(code);
    return code >= 400 && code <= 599
        ? ApiError.builder(code, reason)
            .errorMessage(reason)
            .dataMessage(message == null ? reason : message)
            .cause(reason)
            .build()
        : HttpErrors.generic(500, "Internal Server Error");
  }
}

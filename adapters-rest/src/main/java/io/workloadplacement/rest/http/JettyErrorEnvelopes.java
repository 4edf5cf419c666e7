package io.workloadplacement.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.workloadplacement.rest.json.JsonMapping;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error pages (a request refused before Javalin sees it, such as a badly encoded path)
 * in the envelope instead of HTML, so that no answer of the server breaks the contract's shape.
 */
public final class JettyErrorEnvelopes extends ErrorHandler {

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    String reason = HttpStatus.getMessage(code);
    ApiError error =
        code >= 400 && code <= 599
            ? ApiError.builder(code, reason)
                .errorMessage(reason)
                .dataMessage(message == null ? reason : message)
                .cause(reason)
                .build()
            : HttpErrors.generic(500, "Internal Server Error");
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
                          null)));
    } catch (JsonProcessingException e) {
      callback.failed(e);
      return;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ApiResponses.JSON);
    response.getHeaders().put(RequestIds.HEADER, UUID.randomUUID().toString());
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}

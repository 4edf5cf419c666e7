package io.workloadplacement.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.workloadplacement.rest.json.JsonMapping;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes envelopes. The one way the API, and any extension mounted on it, answers in JSON, so that
 * successes and errors look the same everywhere.
 */
public final class ApiResponses {

  private static final Logger LOG = LoggerFactory.getLogger(ApiResponses.class);

  /** The media type of every envelope. */
  public static final String JSON = "application/json";

  private ApiResponses() {}

  /** Answers 200 with {@code message} and {@code data}. */
  public static void ok(Context ctx, String message, Object data) {
    write(ctx, Envelope.success(200, message, data));
  }

  /**
   * The bytes of a 200 envelope with {@code message} and {@code data}, for an answer made once and
   * written many times with {@link #okBytes}.
   */
  public static byte[] okEnvelopeBytes(String message, Object data) {
    return toBytes(Envelope.success(200, message, data));
  }

  /** Answers 200 with {@code envelope}, bytes made by {@link #okEnvelopeBytes}. */
  public static void okBytes(Context ctx, byte[] envelope) {
    ctx.status(200).contentType(JSON).result(envelope);
  }

  /** Answers 200 with a list page; {@code continueToken} null when it is the last page. */
  public static void okPage(Context ctx, String message, Object data, String continueToken) {
    Envelope.ListMetadata metadata =
        continueToken == null ? null : new Envelope.ListMetadata(continueToken);
    write(ctx, new Envelope(200, Envelope.OK, message, data, metadata, null));
  }

  /** Answers with {@code error}. */
  public static void error(Context ctx, ApiError error) {
    if (error.status() >= 500) {
      LOG.warn(
          "requestId={} status={} {}: {}",
          RequestIds.of(ctx),
          error.status(),
          error.errorMessage(),
          error.cause());
    }
    Envelope.ErrorBody body =
        new Envelope.ErrorBody(
            error.errorKey(), error.errorMessage(), nestedData(error), error.fields());
    write(ctx, new Envelope(error.status(), Envelope.ERROR, error.message(), null, null, body));
  }

  /** Writes {@code envelope} with its status code. */
  public static void write(Context ctx, Envelope envelope) {
    ctx.status(envelope.statusCode()).contentType(JSON).result(toBytes(envelope));
  }

  /**
   * The vendor's nested error, as the JSON string that {@code error.data} holds, keys in the
   * vendor's order.
   */
  public static String nestedData(ApiError error) {
    Map<String, Object> detailed = new LinkedHashMap<>();
    detailed.put("Errormessage", error.cause());
    detailed.put("Reason", error.reason());
    detailed.put("Details", error.details());
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("Message", error.dataMessage());
    inner.put("Status", error.status());
    inner.put("DetailedError", detailed);
    inner.put("StatusCode", error.status());
    inner.put("ReferenceDocumentation", ApiError.REFERENCE_DOCUMENTATION);
    return new String(toBytes(Map.of("error", inner)), StandardCharsets.UTF_8);
  }

  private static byte[] toBytes(Object value) {
    try {
      return JsonMapping.objectMapper().writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

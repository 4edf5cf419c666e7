package io.workloadplacement.rest.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.workloadplacement.rest.json.JsonMapping;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a request body as one JSON object, answering 413 over the size limit, 415 for a body
 * declared as something other than JSON, and 400 {@code MalformedJson} for anything Jackson's
 * strict parser refuses (syntax, duplicate keys, nesting deeper than 64, trailing content).
 */
public final class JsonBodies {

  /** The contract's limit on a request body: 1 MiB. */
  public static final long MAX_BYTES = 1L << 20;

  /**
   * Up to this size an oversize body is read and thrown away before the 413 is sent. Many clients
   * (Java's HttpClient, Python's requests) write the whole body before they read an answer; a
   * server that answers and closes early leaves them with a broken pipe instead of the 413.
   */
  static final long MAX_DRAINED_BYTES = 16L << 20;

  private JsonBodies() {}

  private static void discardBody(Context ctx) {
    try {
      ctx.req().getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      // the client went away: the 413 is still the answer, if anyone reads it
    }
  }

  /** The body's JSON object, or empty when the body is empty. */
  public static Optional<ObjectNode> readObject(Context ctx) {
    // refuse a declared oversize body without parsing any of it
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) {
      if (declared <= MAX_DRAINED_BYTES) {
        discardBody(ctx);
      }
      throw new ApiErrorException(HttpErrors.tooLarge(MAX_BYTES));
    }
    byte[] body = ctx.bodyAsBytes();
    if (isBlank(body)) {
      return Optional.empty();
    }
    String contentType = ctx.contentType();
    if (contentType != null && !isJson(contentType)) {
      throw new ApiErrorException(HttpErrors.unsupportedMediaType(contentType));
    }
    JsonNode node = parse(body);
    if (!(node instanceof ObjectNode object)) {
      throw new ApiErrorException(
          HttpErrors.malformedJson("the request body must be a JSON object"));
    }
    return Optional.of(object);
  }

  /** True for {@code application/json} and any {@code +json} type, parameters aside. */
  static boolean isJson(String contentType) {
    String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static JsonNode parse(byte[] body) {
    try {
      return JsonMapping.objectMapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw new ApiErrorException(HttpErrors.malformedJson(describe(e)));
    } catch (IOException e) {
      throw new ApiErrorException(HttpErrors.malformedJson("the request body could not be read"));
    }
  }

  /** Jackson's own words without its source excerpt, plus where it stopped. */
  private static String describe(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where =
        at == null || at.getLineNr() < 0
            ? ""
            : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return e.getOriginalMessage() + where;
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }
}

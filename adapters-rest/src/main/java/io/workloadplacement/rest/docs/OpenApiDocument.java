package io.workloadplacement.rest.docs;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's OpenAPI 3.1 document, written by hand beside the routes and held to them by a test;
 * served as is (not in the envelope), since Swagger UI and code generators read it directly.
 */
public final class OpenApiDocument {

  /** Where the document is served. */
  public static final String PATH = "/openapi.json";

  private static final byte[] DOCUMENT = load();

  private OpenApiDocument() {}

  /** The document's bytes. */
  public static byte[] bytes() {
    return DOCUMENT.clone();
  }

  /** Answers {@code GET /openapi.json}. */
  public static void serve(Context ctx) {
    serve(ctx, DOCUMENT);
  }

  /** Answers {@code GET /openapi.json} with {@code document} (this one with extensions' parts). */
  public static void serve(Context ctx, byte[] document) {
    ctx.contentType("application/json").result(document);
  }

  private static byte[] load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

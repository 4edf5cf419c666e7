package io.workloadplacement.rest.docs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.workloadplacement.rest.json.JsonMapping;
import io.workloadplacement.rest.watch.WatchEndpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The API's OpenAPI 3.1 document, written by hand beside the routes and held to them by a test;
 * served as is (not in the envelope), since Swagger UI and code generators read it directly. It
 * describes the routes one app serves: the watch only when the backend has one.
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

  /** The document of an app that serves the watch stream when {@code watch}. */
  public static byte[] bytes(boolean watch) {
    if (watch) {
      return bytes();
    }
    try {
      ObjectNode tree = (ObjectNode) JsonMapping.objectMapper().readTree(DOCUMENT);
      ((ObjectNode) tree.path("paths")).remove(WatchEndpoint.PATH);
      return JsonMapping.objectMapper().writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers {@code GET /openapi.json}. */
  public static void serve(Context ctx) {
    serve(ctx, DOCUMENT);
  }

  /** Answers {@code GET /openapi.json} with {@code document} (this one with extensions' parts). */
  public static void serve(Context ctx, byte[] document) {
    ctx.contentType("application/json").result(document);
  }

  /** An app's document, made by {@code merge} on the first request and kept. */
  public static final class Merged {

    private final Supplier<byte[]> merge;
    private volatile byte[] bytes;

    /** The document {@code merge} makes. */
    public Merged(Supplier<byte[]> merge) {
      this.merge = Objects.requireNonNull(merge, "merge");
    }

    /** The document, merged now if this is the first call. */
    public byte[] bytes() {
      byte[] merged = bytes;
      if (merged == null) {
        synchronized (this) {
          if (bytes == null) {
            bytes = merge.get();
          }
          merged = bytes;
        }
      }
      return merged;
    }
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

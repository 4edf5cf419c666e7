package io.workloadplacement.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** JSON for tests, read with a plain mapper so that the API's own configuration is not assumed. */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static JsonNode read(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  /** A file under {@code src/test/resources/seed}: the vendor page's examples, verbatim. */
  static String seed(String file) {
    try (InputStream in = Json.class.getResourceAsStream("/seed/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no seed file " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode seedJson(String file) {
    return read(seed(file));
  }
}

package io.workloadplacement.rest.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.rest.json.JsonMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Part of an OpenAPI 3.1 document that an extension contributes for the routes it adds: its {@code
 * tags}, {@code paths} and {@code components}, written as in a whole document, with references into
 * the API's own components ({@code #/components/schemas/SuccessEnvelope}) allowed.
 */
public final class OpenApiFragment {

  private static final List<String> SECTIONS = List.of("tags", "paths", "components");

  private final ObjectNode tree;

  private OpenApiFragment(ObjectNode tree) {
    for (Map.Entry<String, JsonNode> section : tree.properties()) {
      String name = section.getKey();
      if (!SECTIONS.contains(name)) {
        throw new IllegalArgumentException(
            "an OpenAPI fragment holds only " + SECTIONS + ": " + name);
      }
    }
    this.tree = tree;
  }

  /** The fragment in the classpath resource {@code name}, beside {@code anchor}. */
  public static OpenApiFragment fromResource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return new OpenApiFragment((ObjectNode) JsonMapping.objectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code document} with every fragment added: tags appended, paths and components added. A path
   * or component that is already there is refused, so that no route's description is silently
   * replaced.
   */
  public static byte[] mergeInto(byte[] document, List<OpenApiFragment> fragments) {
    if (fragments.isEmpty()) {
      return document.clone();
    }
    try {
      ObjectNode merged = (ObjectNode) JsonMapping.objectMapper().readTree(document);
      fragments.forEach(fragment -> fragment.addTo(merged));
      return JsonMapping.objectMapper().writeValueAsBytes(merged);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void addTo(ObjectNode document) {
    JsonNode tags = tree.path("tags");
    if (tags.isArray()) {
      ((ArrayNode) document.withArray("/tags")).addAll((ArrayNode) tags);
    }
    addEach(tree.path("paths"), document.withObject("/paths"), "path");
    for (Map.Entry<String, JsonNode> section : tree.path("components").properties()) {
      addEach(
          section.getValue(),
          document.withObject("/components").withObject("/" + section.getKey()),
          "component " + section.getKey());
    }
  }

  private static void addEach(JsonNode from, ObjectNode to, String what) {
    for (Map.Entry<String, JsonNode> entry : from.properties()) {
      if (to.has(entry.getKey())) {
        throw new IllegalStateException(what + " " + entry.getKey() + " is documented twice");
      }
      to.set(entry.getKey(), Objects.requireNonNull(entry.getValue()));
    }
  }
}

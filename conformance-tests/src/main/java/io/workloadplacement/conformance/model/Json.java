package io.workloadplacement.conformance.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;

/** JSON helpers shared by the model and the properties: one strict mapper, value equality. */
public final class Json {

  /** Rejects duplicate keys, so a server that emits them fails the envelope check. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  // 2 and 2.0 are the same JSON number; Jackson's IntNode and DoubleNode are not equal
  private static final Comparator<JsonNode> NUMERIC =
      (a, b) -> {
        if (a.equals(b)) {
          return 0;
        }
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return 1;
      };

  private Json() {}

  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Deep equality where numbers compare by value. Missing and null nodes are equal. */
  public static boolean same(JsonNode a, JsonNode b) {
    boolean aAbsent = a == null || a.isNull() || a.isMissingNode();
    boolean bAbsent = b == null || b.isNull() || b.isMissingNode();
    if (aAbsent || bAbsent) {
      return aAbsent && bAbsent;
    }
    return a.equals(NUMERIC, b);
  }
}

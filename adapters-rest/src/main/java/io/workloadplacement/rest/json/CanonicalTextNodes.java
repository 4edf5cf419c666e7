package io.workloadplacement.rest.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A node factory that hands out one shared instance of each short text it has seen, so that a
 * million stored placements sent with the same chart, URL, namespace or step names hold those
 * strings once instead of a million times. Bounded: once it knows {@value #MAX_ENTRIES} texts it
 * only reuses them, so unique texts (placement names) cannot grow it without end.
 */
final class CanonicalTextNodes extends JsonNodeFactory {

  private static final long serialVersionUID = 1L;
  private static final int MAX_LENGTH = 256;
  private static final int MAX_ENTRIES = 65_536;

  private final transient ConcurrentHashMap<String, String> known = new ConcurrentHashMap<>();

  @Override
  public TextNode textNode(String text) {
    return super.textNode(canonical(text));
  }

  private String canonical(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return text;
    }
    String seen = known.get(text);
    if (seen != null) {
      return seen;
    }
    if (known.size() >= MAX_ENTRIES) {
      return text;
    }
    seen = known.putIfAbsent(text, text);
    return seen != null ? seen : text;
  }
}

package io.workloadplacement.rest.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A node factory that hands out one shared instance of each short text it has seen, so that a
 * million stored placements sent with the same chart, URL, namespace or step names hold those
 * strings once instead of a million times. Bounded: {@value #SLOTS} slots, one per hash, each
 * holding the last text hashed to it, so unique texts (placement names) only overwrite slots and
 * cannot grow it, and a text that bodies keep sending takes its slot back at once, however many
 * unique ones came before it.
 */
final class CanonicalTextNodes extends JsonNodeFactory {

  private static final long serialVersionUID = 1L;
  private static final int MAX_LENGTH = 256;
  static final int SLOTS = 1 << 14;

  private final transient AtomicReferenceArray<String> slots = new AtomicReferenceArray<>(SLOTS);

  @Override
  public TextNode textNode(String text) {
    return super.textNode(canonical(text));
  }

  private String canonical(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return text;
    }
    int hash = text.hashCode();
    int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
    String seen = slots.get(slot);
    if (text.equals(seen)) {
      return seen;
    }
    slots.set(slot, text);
    return text;
  }

  /** How many slots hold a text now. */
  int held() {
    int count = 0;
    for (int i = 0; i < SLOTS; i++) {
      if (slots.get(i) != null) {
        count++;
      }
    }
    return count;
  }
}

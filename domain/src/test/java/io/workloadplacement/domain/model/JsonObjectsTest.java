package io.workloadplacement.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Frozen JSON objects: deep, unmodifiable, in the order sent, equal to any map of their members.
 */
class JsonObjectsTest {

  @Test
  void aSmallObjectKeepsItsMembersInOrderAndEqualsAnyMapOfThem() {
    Map<String, Object> sent = new LinkedHashMap<>();
    sent.put("ui.properties", "color=purple");
    sent.put("database.properties", "host=localhost");
    sent.put("absent", null);

    Map<String, Object> frozen = JsonObjects.freeze(sent);

    assertThat(frozen.keySet()).containsExactly("ui.properties", "database.properties", "absent");
    assertThat(frozen).isEqualTo(sent).isEqualTo(new HashMap<>(sent));
    assertThat(frozen.hashCode()).isEqualTo(sent.hashCode());
    assertThat(frozen.get("database.properties")).isEqualTo("host=localhost");
    assertThat(frozen.containsKey("absent")).isTrue();
    assertThat(frozen.get("absent")).isNull();
    assertThat(frozen.containsKey("other")).isFalse();
    assertThat(frozen.get("other")).isNull();
    assertThat(frozen).hasToString(sent.toString());
  }

  @Test
  void aFrozenObjectCannotBeChangedNorChangesWithWhatItWasCopiedFrom() {
    Map<String, Object> nested = new LinkedHashMap<>(Map.of("a", 1));
    List<Object> list = new ArrayList<>(List.of("x"));
    Map<String, Object> sent = new LinkedHashMap<>();
    sent.put("nested", nested);
    sent.put("list", list);

    Map<String, Object> frozen = JsonObjects.freeze(sent);
    nested.put("b", 2);
    list.add("y");
    sent.put("more", true);

    assertThat(frozen).hasSize(2);
    assertThat(frozen.get("nested")).isEqualTo(Map.of("a", 1));
    assertThat(frozen.get("list")).isEqualTo(List.of("x"));
    assertThatThrownBy(() -> frozen.put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.remove("nested"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.entrySet().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> frozen.entrySet().iterator().next().setValue("z"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void freezingAFrozenObjectGivesItBack() {
    Map<String, Object> frozen = JsonObjects.freeze(Map.of("a", 1, "b", 2));

    assertThat(JsonObjects.freeze(frozen)).isSameAs(frozen);
  }

  @Test
  void aLargeObjectIsFrozenInOrderToo() {
    Map<String, Object> sent = new LinkedHashMap<>();
    for (int i = 20; i > 0; i--) {
      sent.put("k" + i, i);
    }

    Map<String, Object> frozen = JsonObjects.freeze(sent);

    assertThat(frozen).isEqualTo(sent);
    assertThat(List.copyOf(frozen.keySet())).isEqualTo(List.copyOf(sent.keySet()));
    assertThatThrownBy(() -> frozen.put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
  }
}

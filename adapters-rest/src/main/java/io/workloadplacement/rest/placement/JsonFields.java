package io.workloadplacement.rest.placement;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.rest.json.JsonMapping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The fields of one JSON object of a request body, read by name. A value of the wrong JSON type is
 * recorded as a problem at its path and read as absent, so one pass reports every such value; a
 * JSON null is absent too. {@link #finish} records every field nobody read as unknown.
 */
final class JsonFields {

  private static final TypeReference<Map<String, Object>> FREE_FORM = new TypeReference<>() {};

  private final ObjectNode node;
  private final String path;
  private final ReadProblems problems;
  private final Set<String> read = new HashSet<>();

  private JsonFields(ObjectNode node, String path, ReadProblems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** The fields of {@code value} at {@code path}; null, recording a problem, when not an object. */
  static JsonFields of(JsonNode value, String path, ReadProblems problems) {
    if (value instanceof ObjectNode object) {
      return new JsonFields(object, path, problems);
    }
    problems.wrongType(path, "must be an object");
    return null;
  }

  /** True when {@code key} is present with a non-null value. */
  boolean has(String key) {
    JsonNode value = node.get(key);
    return value != null && !value.isNull();
  }

  /** The raw value of {@code key}, marked as read; null when absent or null. */
  JsonNode raw(String key) {
    read.add(key);
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value;
  }

  /** The path of {@code key} in this object. */
  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  ReadProblems problems() {
    return problems;
  }

  String string(String key) {
    return text(raw(key), pathOf(key), problems);
  }

  Boolean bool(String key) {
    JsonNode value = raw(key);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      problems.wrongType(pathOf(key), "must be a boolean");
      return null;
    }
    return value.booleanValue();
  }

  Integer integer(String key) {
    JsonNode value = raw(key);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      problems.wrongType(pathOf(key), "must be an integer");
      return null;
    }
    return value.intValue();
  }

  /** A free-form JSON object ({@code values}, {@code data}) as maps, lists and scalars. */
  Map<String, Object> freeForm(String key) {
    JsonNode value = raw(key);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      problems.wrongType(pathOf(key), "must be an object");
      return null;
    }
    return JsonMapping.objectMapper().convertValue(value, FREE_FORM);
  }

  /** The fields of the nested object {@code key}; null when absent or not an object. */
  JsonFields object(String key) {
    JsonNode value = raw(key);
    return value == null ? null : of(value, pathOf(key), problems);
  }

  /**
   * The list {@code key}, each element read by {@code element} from its node and path; a null
   * element stays null so that validation can name it.
   */
  <T> List<T> list(String key, BiFunction<JsonNode, String, T> element) {
    JsonNode value = raw(key);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      problems.wrongType(pathOf(key), "must be an array");
      return null;
    }
    List<T> items = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String itemPath = pathOf(key) + "[" + i + "]";
      items.add(item.isNull() ? null : element.apply(item, itemPath));
    }
    return items;
  }

  /** A list of strings. */
  List<String> strings(String key) {
    return list(key, (item, itemPath) -> text(item, itemPath, problems));
  }

  /** Marks {@code keys} as read without reading them: accepted and ignored without a warning. */
  void ignore(Set<String> keys) {
    read.addAll(keys);
  }

  /** Records every field of this object that was not read as unknown. */
  void finish() {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!read.contains(name)) {
        problems.unknown(pathOf(name));
      }
    }
  }

  private static String text(JsonNode value, String path, ReadProblems problems) {
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      problems.wrongType(path, "must be a string");
      return null;
    }
    return value.textValue();
  }
}

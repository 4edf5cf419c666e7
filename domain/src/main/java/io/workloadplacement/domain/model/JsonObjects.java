package io.workloadplacement.domain.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, immutable copies of free-form JSON objects ({@code values}, {@code data}) held as maps,
 * lists, strings, numbers, booleans and nulls, so that equality is deep equality.
 */
public final class JsonObjects {

  private JsonObjects() {}

  /** An unmodifiable deep copy of {@code object}, or null when it is null. */
  public static Map<String, Object> freeze(Map<String, ?> object) {
    if (object == null) {
      return null;
    }
    // a million stored placements hold these: the JDK's compact forms where order cannot differ
    if (object.isEmpty()) {
      return Map.of();
    }
    if (object.size() == 1) {
      Map.Entry<String, ?> only = object.entrySet().iterator().next();
      if (only.getKey() != null && only.getValue() != null) {
        return Map.of(only.getKey(), freezeValue(only.getValue()));
      }
    }
    if (object instanceof SmallJsonObject frozen) {
      return frozen; // its values are frozen already
    }
    if (object.size() <= SmallJsonObject.MAX_MEMBERS && hasNoNullKey(object)) {
      Object[] keysAndValues = new Object[object.size() * 2];
      int i = 0;
      for (Map.Entry<String, ?> member : object.entrySet()) {
        keysAndValues[i++] = member.getKey();
        keysAndValues[i++] = freezeValue(member.getValue());
      }
      return new SmallJsonObject(keysAndValues);
    }
    // sized to hold them without the default 16-slot table
    Map<String, Object> copy = new LinkedHashMap<>((int) Math.ceil(object.size() / 0.75));
    object.forEach((key, value) -> copy.put(key, freezeValue(value)));
    return Collections.unmodifiableMap(copy);
  }

  private static boolean hasNoNullKey(Map<String, ?> object) {
    for (String key : object.keySet()) {
      if (key == null) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private static Object freezeValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      return freeze((Map<String, ?>) map);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(element -> copy.add(freezeValue(element)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  /**
   * An unmodifiable copy of {@code list} that, unlike {@link List#copyOf}, keeps null elements so
   * validation can report them; null stays null.
   */
  public static <T> List<T> freezeList(List<T> list) {
    if (list == null) {
      return null;
    }
    for (T element : list) {
      if (element == null) {
        return Collections.unmodifiableList(new ArrayList<>(list));
      }
    }
    // compact, and the same instance back when it is one already (a spec rebuilt from another)
    return List.copyOf(list);
  }

  /** Like {@link #freezeList} but an absent list is empty. */
  public static <T> List<T> freezeOptionalList(List<T> list) {
    return list == null ? List.of() : freezeList(list);
  }
}

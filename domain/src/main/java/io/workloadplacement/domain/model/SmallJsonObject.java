package io.workloadplacement.domain.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable JSON object of a few members, in their order, held as one array of keys and
 * values: a million stored placements each hold a two-member {@code data} or {@code values}, and a
 * {@code LinkedHashMap} with its table, entries and unmodifiable wrapper is four times the size.
 * Lookups scan the array, which is what a few members need.
 */
final class SmallJsonObject extends AbstractMap<String, Object> {

  /** The most members worth holding this way. */
  static final int MAX_MEMBERS = 8;

  private final Object[] keysAndValues;

  /** The object of {@code keysAndValues}: key, value, key, value..., keys distinct and not null. */
  SmallJsonObject(Object[] keysAndValues) {
    this.keysAndValues = keysAndValues;
  }

  @Override
  public int size() {
    return keysAndValues.length / 2;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public Object get(Object key) {
    int index = indexOf(key);
    return index < 0 ? null : keysAndValues[index + 1];
  }

  private int indexOf(Object key) {
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return SmallJsonObject.this.size();
      }

      @Override
      public Iterator<Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < keysAndValues.length;
          }

          @Override
          public Entry<String, Object> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Entry<String, Object> entry =
                new SimpleImmutableEntry<>((String) keysAndValues[next], keysAndValues[next + 1]);
            next += 2;
            return entry;
          }
        };
      }
    };
  }
}

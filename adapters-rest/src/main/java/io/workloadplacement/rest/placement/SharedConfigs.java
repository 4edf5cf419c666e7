package io.workloadplacement.rest.placement;

import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.ManifestResource;
import java.lang.ref.WeakReference;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiPredicate;

/**
 * One instance of each config item and config list that bodies repeat: a million placements created
 * from one template hold its helm configs, manifests, commands and cluster list once instead of a
 * million times. Everything shared is immutable (records, the JDK's immutable lists, frozen JSON
 * objects), so a placement cannot tell a shared instance from its own.
 *
 * <p>Bounded: {@value #SLOTS} slots, one per hash, each holding the last value hashed to it. Unique
 * values (every body's own config) only overwrite slots, so they cannot grow it, and a value that
 * bodies keep sending takes its slot back at once. Slots hold their values weakly: a config that no
 * stored placement holds any more is not kept alive by this.
 */
final class SharedConfigs {

  static final int SLOTS = 1 << 10;

  private final AtomicReferenceArray<WeakReference<Object>> slots =
      new AtomicReferenceArray<>(SLOTS);

  /**
   * {@code list} as an immutable list of shared elements, itself shared; {@code list} unchanged
   * when it is null or holds a null (validation names those).
   */
  <T> List<T> list(List<T> list) {
    if (list == null) {
      return null;
    }
    Object[] elements = list.toArray();
    int hash = 1;
    for (int i = 0; i < elements.length; i++) {
      if (elements[i] == null) {
        return list;
      }
      elements[i] = share(elements[i]);
      hash = 31 * hash + System.identityHashCode(elements[i]);
    }
    @SuppressWarnings("unchecked")
    List<T> frozen = (List<T>) List.of(elements);
    // its elements are the shared instances: a list that holds the same ones is the same list
    return shared(frozen, hash, SharedConfigs::sameElements);
  }

  /** The instance held for a value equal to {@code value}, in the same member order; else it. */
  <T> T share(T value) {
    return shared(value, value.hashCode(), (known, v) -> known.equals(v) && sameOrder(known, v));
  }

  private <T> T shared(T value, int hash, BiPredicate<Object, Object> same) {
    int slot = (hash ^ (hash >>> 16) ^ (hash >>> 8)) & (SLOTS - 1);
    WeakReference<Object> held = slots.get(slot);
    Object known = held == null ? null : held.get();
    if (known != null && same.test(known, value)) {
      @SuppressWarnings("unchecked")
      T shared = (T) known;
      return shared;
    }
    slots.set(slot, new WeakReference<>(value));
    return value;
  }

  private static boolean sameElements(Object known, Object list) {
    if (!(known instanceof List<?> left) || left.size() != ((List<?>) list).size()) {
      return false;
    }
    for (int i = 0; i < left.size(); i++) {
      if (left.get(i) != ((List<?>) list).get(i)) {
        return false;
      }
    }
    return true;
  }

  /** How many slots hold a value now. */
  int held() {
    int count = 0;
    for (int i = 0; i < SLOTS; i++) {
      WeakReference<Object> held = slots.get(i);
      if (held != null && held.get() != null) {
        count++;
      }
    }
    return count;
  }

  /**
   * True when the JSON objects inside two equal values list their members in the same order: maps
   * are equal whatever their order, but a placement answers its members in the order it was sent.
   */
  private static boolean sameOrder(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a instanceof Map<?, ?> left && b instanceof Map<?, ?> right) {
      Iterator<? extends Map.Entry<?, ?>> others = right.entrySet().iterator();
      for (Map.Entry<?, ?> member : left.entrySet()) {
        Map.Entry<?, ?> other = others.next();
        if (!member.getKey().equals(other.getKey())
            || !sameOrder(member.getValue(), other.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> left && b instanceof List<?> right) {
      for (int i = 0; i < left.size(); i++) {
        if (!sameOrder(left.get(i), right.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof HelmConfig left && b instanceof HelmConfig right) {
      return sameOrder(left.values(), right.values());
    }
    if (a instanceof ManifestResource left && b instanceof ManifestResource right) {
      return sameOrder(left.data(), right.data()) && sameOrder(left.manifest(), right.manifest());
    }
    return true; // texts, numbers, booleans, nulls, and records without JSON objects
  }
}

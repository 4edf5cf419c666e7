package io.workloadplacement.rest.placement;

import io.workloadplacement.domain.model.VersionedPlacement;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * GET's answer body (the whole envelope, as bytes) of recently read placements, so that a placement
 * is serialized once per version instead of once per request. Bounded: one slot per hash of the
 * name, and a newer body takes the slot from whatever held it. A slot answers only for the
 * placement it was made from (the same object, or the same version with equal content), so it never
 * serves a stale body: an update stores a new placement, which misses and is serialized anew.
 */
final class GetBodyCache {

  /** Slots of the server's cache: a few MiB at most, and a hot set of this many names hits. */
  static final int SLOTS = 4096;

  private record Slot(VersionedPlacement source, byte[] body) {}

  private final AtomicReferenceArray<Slot> slots;
  private final int mask;
  private final Function<VersionedPlacement, byte[]> serialize;
  private final LongAdder serialized = new LongAdder();

  /** A cache of {@code slots} slots (a power of two) over what {@code serialize} makes. */
  GetBodyCache(int slots, Function<VersionedPlacement, byte[]> serialize) {
    if (slots <= 0 || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two: " + slots);
    }
    this.slots = new AtomicReferenceArray<>(slots);
    this.mask = slots - 1;
    this.serialize = Objects.requireNonNull(serialize, "serialize");
  }

  /** The body of GET for {@code placement}, serialized now unless its slot holds it already. */
  byte[] bodyOf(VersionedPlacement placement) {
    int index = slotOf(placement.name());
    Slot slot = slots.get(index);
    if (slot != null && madeFrom(slot, placement)) {
      return slot.body();
    }
    byte[] body = serialize.apply(placement);
    serialized.increment();
    slots.set(index, new Slot(placement, body));
    return body;
  }

  /** How many bodies were serialized so far (misses), for tests that count work. */
  long serializedCount() {
    return serialized.sum();
  }

  private static boolean madeFrom(Slot slot, VersionedPlacement placement) {
    VersionedPlacement source = slot.source();
    // the body is a function of the placement alone; the version only spares most comparisons
    return source.placement() == placement.placement()
        || (source.version().equals(placement.version())
            && source.placement().equals(placement.placement()));
  }

  private int slotOf(String name) {
    int hash = name.hashCode();
    return (hash ^ (hash >>> 16)) & mask;
  }
}

package io.workloadplacement.simulator.store;

import io.workloadplacement.domain.failure.PlacementAlreadyExistsException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.out.PlacementRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A thread-safe in-memory {@link PlacementRepository}: a hash map for O(1) reads by name and a
 * sorted set of names for ordered, paged listing. Versions are numbers from one counter shared by
 * every object, so a version is never reused, as with Kubernetes' resourceVersion.
 */
public final class InMemoryPlacementRepository implements PlacementRepository {

  private final ConcurrentHashMap<String, VersionedPlacement> byName = new ConcurrentHashMap<>();
  private final NavigableSet<String> names = new ConcurrentSkipListSet<>();
  private final AtomicLong lastVersion = new AtomicLong();

  @Override
  public Optional<VersionedPlacement> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  @Override
  public VersionedPlacement insert(WorkloadPlacement placement) {
    // compute() holds the key's lock, so the map and the name index change together for a name
    return byName.compute(
        placement.name(),
        (name, current) -> {
          if (current != null) {
            throw new PlacementAlreadyExistsException(name);
          }
          names.add(name);
          return versioned(placement);
        });
  }

  @Override
  public VersionedPlacement replace(WorkloadPlacement placement, String expectedVersion) {
    return byName.compute(
        placement.name(),
        (name, current) -> {
          requireAt(name, current, expectedVersion);
          return versioned(placement);
        });
  }

  @Override
  public void delete(String name, String expectedVersion) {
    byName.compute(
        name,
        (key, current) -> {
          requireAt(key, current, expectedVersion);
          names.remove(key);
          return null;
        });
  }

  @Override
  public List<VersionedPlacement> list(
      PlacementFilter filter, Optional<String> afterName, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    NavigableSet<String> tail = afterName.map(after -> names.tailSet(after, false)).orElse(names);
    List<VersionedPlacement> page = new ArrayList<>();
    for (String name : tail) {
      // a name indexed but already removed is a concurrent delete: skip it
      VersionedPlacement stored = byName.get(name);
      if (stored != null && filter.matches(stored.placement())) {
        page.add(stored);
        if (page.size() == limit) {
          break;
        }
      }
    }
    return List.copyOf(page);
  }

  /** Every placement, in order of name. */
  public List<VersionedPlacement> all() {
    return list(PlacementFilter.all(), Optional.empty(), Integer.MAX_VALUE);
  }

  /** Removes every placement; versions keep counting up so old ETags never match again. */
  public void clear() {
    for (String name : names) {
      byName.computeIfPresent(
          name,
          (key, current) -> {
            names.remove(key);
            return null;
          });
    }
  }

  private VersionedPlacement versioned(WorkloadPlacement placement) {
    long sequence = lastVersion.incrementAndGet();
    return new VersionedPlacement(placement, Long.toString(sequence), sequence);
  }

  private static void requireAt(String name, VersionedPlacement current, String expected) {
    if (current == null) {
      throw new PlacementNotFoundException(name);
    }
    if (!current.version().equals(expected)) {
      throw new VersionConflictException(name, expected);
    }
  }
}

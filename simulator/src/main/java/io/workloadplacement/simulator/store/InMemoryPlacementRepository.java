package io.workloadplacement.simulator.store;

import io.workloadplacement.domain.failure.PlacementAlreadyExistsException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.out.PlacementRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A thread-safe in-memory {@link PlacementRepository}: a hash map for O(1) reads by name, and
 * sorted sets of names, one per filter a list can ask for (none, workspace, status, both), kept on
 * every write, so a page reads only names that match and costs the same however many placements
 * there are. Versions are numbers from one counter shared by every object, so a version is never
 * reused, as with Kubernetes' resourceVersion.
 */
public final class InMemoryPlacementRepository implements PlacementRepository {

  private final ConcurrentHashMap<String, VersionedPlacement> byName = new ConcurrentHashMap<>();
  private final SortedNames everywhere = new SortedNames();
  // kept when emptied: dropping one could race with a write to the same workspace for another name
  private final ConcurrentHashMap<String, SortedNames> byWorkspace = new ConcurrentHashMap<>();
  private final AtomicLong lastVersion = new AtomicLong();
  private final LongAdder namesVisited = new LongAdder();

  @Override
  public Optional<VersionedPlacement> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  @Override
  public VersionedPlacement insert(WorkloadPlacement placement) {
    // compute() holds the key's lock, so the map and the indexes change together for a name
    return byName.compute(
        placement.name(),
        (name, current) -> {
          if (current != null) {
            throw new PlacementAlreadyExistsException(name);
          }
          index(placement);
          return versioned(placement);
        });
  }

  @Override
  public VersionedPlacement replace(WorkloadPlacement placement, String expectedVersion) {
    return byName.compute(
        placement.name(),
        (name, current) -> {
          requireAt(name, current, expectedVersion);
          reindex(current.placement(), placement);
          return versioned(placement);
        });
  }

  @Override
  public void delete(String name, String expectedVersion) {
    byName.compute(
        name,
        (key, current) -> {
          requireAt(key, current, expectedVersion);
          reindex(current.placement(), null);
          return null;
        });
  }

  @Override
  public List<VersionedPlacement> list(
      PlacementFilter filter, Optional<String> afterName, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    SortedNames scope =
        filter.workspaceName().isPresent()
            ? byWorkspace.get(filter.workspaceName().get())
            : everywhere;
    if (scope == null) {
      return List.of();
    }
    NavigableSet<String> matching = scope.matching(filter.provisioningStatus());
    NavigableSet<String> tail =
        afterName.map(after -> matching.tailSet(after, false)).orElse(matching);
    List<VersionedPlacement> page = new ArrayList<>(Math.min(limit, 128));
    for (String name : tail) {
      namesVisited.increment();
      // the index and the map change together per name, but a list reads them one after the
      // other: a name that moved or went meanwhile is skipped
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

  /** How many placements are stored. */
  public int size() {
    return byName.size();
  }

  /** How many index entries lists have read so far: the work they did. */
  long namesVisited() {
    return namesVisited.sum();
  }

  /** The sequence of the last write: the next write's is higher. */
  public long lastSequence() {
    return lastVersion.get();
  }

  /**
   * Replaces every placement with {@code kept}, versions and sequences as they were, and continues
   * the sequence after {@code lastSequence}, so no version is ever given twice across a restart.
   */
  public void restore(List<VersionedPlacement> kept, long lastSequence) {
    clear();
    for (VersionedPlacement p : kept) {
      byName.put(p.placement().name(), p);
      index(p.placement());
    }
    lastVersion.set(lastSequence);
  }

  /** Removes every placement; versions keep counting up so old ETags never match again. */
  public void clear() {
    for (String name : byName.keySet()) {
      byName.computeIfPresent(
          name,
          (key, current) -> {
            reindex(current.placement(), null);
            return null;
          });
    }
  }

  private void index(WorkloadPlacement placement) {
    everywhere.add(placement.name(), placement.provisioningStatus());
    inWorkspace(placement).add(placement.name(), placement.provisioningStatus());
  }

  /**
   * Moves {@code before}'s name to the sets of {@code after} (none when null), touching only those
   * that differ: a status change moves it between two pairs of sets. It joins the new ones first,
   * so a concurrent list may see it twice (and re-checks it) but never nowhere.
   */
  private void reindex(WorkloadPlacement before, WorkloadPlacement after) {
    String name = before.name();
    ProvisioningStatus was = before.provisioningStatus();
    if (after == null) {
      everywhere.remove(name, was);
      inWorkspace(before).remove(name, was);
    } else {
      ProvisioningStatus now = after.provisioningStatus();
      everywhere.move(name, was, now);
      if (after.workspaceName().equals(before.workspaceName())) {
        inWorkspace(after).move(name, was, now);
      } else {
        // a workspace is immutable; kept right should that ever change
        inWorkspace(after).add(name, now);
        inWorkspace(before).remove(name, was);
      }
    }
  }

  private SortedNames inWorkspace(WorkloadPlacement placement) {
    String workspace = placement.workspaceName();
    SortedNames names = byWorkspace.get(workspace);
    return names != null ? names : byWorkspace.computeIfAbsent(workspace, w -> new SortedNames());
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

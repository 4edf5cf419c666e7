package io.workloadplacement.simulator.durable;

import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.VersionedPlacement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Writes the simulator's state at every checkpoint, the end of each completed change (the scheduler
 * calls it under the simulation lock, after everything the change made due has run, and before the
 * caller answers anyone). Placements are written one by one, those an event named since the last
 * checkpoint; the world is written whole when it differs from what was last written. Nothing is
 * written when nothing happened, which is told cheaply by counters.
 */
public final class Checkpointer {

  private final StateStore store;
  private final Function<String, Optional<VersionedPlacement>> placements;
  private final Supplier<WorldState> world;
  private final LongSupplier schedulerModifications;
  private final Set<String> changedNames = new LinkedHashSet<>(); // guarded by the simulation lock
  private final AtomicLong otherChanges = new AtomicLong();
  private long changesWritten = -1;
  private WorldState lastWorld;

  /**
   * @param lastWritten the world the store holds, empty for a new store (then the first checkpoint
   *     writes everything)
   */
  public Checkpointer(
      StateStore store,
      Function<String, Optional<VersionedPlacement>> placements,
      Supplier<WorldState> world,
      LongSupplier schedulerModifications,
      Optional<WorldState> lastWritten) {
    this.store = Objects.requireNonNull(store, "store");
    this.placements = Objects.requireNonNull(placements, "placements");
    this.world = Objects.requireNonNull(world, "world");
    this.schedulerModifications =
        Objects.requireNonNull(schedulerModifications, "schedulerModifications");
    this.lastWorld = lastWritten.orElse(null);
  }

  /** Notes the placement an event is about; a listener of the simulator's events. */
  public void onEvent(PlacementEvent event) {
    changedNames.add(event.placement().name());
    otherChanges.incrementAndGet();
  }

  /** Notes that {@code names} changed without an event to the listeners (a reset). */
  public void changed(List<String> names) {
    changedNames.addAll(names);
    otherChanges.incrementAndGet();
  }

  /** Notes a change the counters do not see (fault rules and their counters). */
  public void changed() {
    otherChanges.incrementAndGet();
  }

  /**
   * Writes what changed since the last checkpoint, durably; called under the simulation lock.
   *
   * @throws StateWriteException when it cannot be written; it is tried again at the next one
   */
  public void checkpoint() {
    long changes = schedulerModifications.getAsLong() + otherChanges.get();
    if (changes == changesWritten) {
      return;
    }
    List<VersionedPlacement> written = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    for (String name : changedNames) {
      placements.apply(name).ifPresentOrElse(written::add, () -> deleted.add(name));
    }
    WorldState now = world.get();
    Optional<WorldState> worldChange = now.equals(lastWorld) ? Optional.empty() : Optional.of(now);
    store.write(new StateChanges(written, deleted, worldChange));
    changedNames.clear();
    lastWorld = now;
    changesWritten = changes;
  }
}

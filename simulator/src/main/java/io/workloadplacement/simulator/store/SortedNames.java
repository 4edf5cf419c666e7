package io.workloadplacement.simulator.store;

import io.workloadplacement.domain.model.ProvisioningStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The names of the placements in one scope (the whole store, or one workspace), in order: all of
 * them, and those in each status. Every set exists from the start and is never dropped, so readers
 * and writers of different names need no lock beyond the sets' own.
 */
final class SortedNames {

  private final NavigableSet<String> all = new ConcurrentSkipListSet<>();
  private final Map<ProvisioningStatus, NavigableSet<String>> byStatus =
      new EnumMap<>(ProvisioningStatus.class);

  SortedNames() {
    for (ProvisioningStatus status : ProvisioningStatus.values()) {
      byStatus.put(status, new ConcurrentSkipListSet<>());
    }
  }

  /** The names in {@code status}, or every name when it is empty. */
  NavigableSet<String> matching(Optional<ProvisioningStatus> status) {
    return status.isPresent() ? byStatus.get(status.get()) : all;
  }

  void add(String name, ProvisioningStatus status) {
    all.add(name);
    byStatus.get(status).add(name);
  }

  void remove(String name, ProvisioningStatus status) {
    byStatus.get(status).remove(name);
    all.remove(name);
  }

  /** Moves {@code name} from one status to another: it joins the new one first. */
  void move(String name, ProvisioningStatus from, ProvisioningStatus to) {
    if (from != to) {
      byStatus.get(to).add(name);
      byStatus.get(from).remove(name);
    }
  }
}

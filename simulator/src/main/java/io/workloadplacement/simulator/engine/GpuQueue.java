package io.workloadplacement.simulator.engine;

import io.workloadplacement.simulator.cluster.SimulatedCluster;
import io.workloadplacement.simulator.cluster.SimulatedClusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Queued placements waiting for one GPU on each of their clusters, granted first come, first served
 * per cluster: a placement is never granted a cluster's GPU while an earlier one still waits for
 * that cluster, but it does not wait behind placements that need none of its clusters. A grant
 * takes the GPUs on every cluster at once, so a placement never holds some while waiting for
 * others. Guarded by the simulation lock.
 */
final class GpuQueue {

  /** One waiting placement. */
  record Waiting(String placement, String workspace, List<String> clusters) {}

  private final SimulatedClusters clusters;
  private final Map<String, Waiting> waiting = new LinkedHashMap<>();

  GpuQueue(SimulatedClusters clusters) {
    this.clusters = Objects.requireNonNull(clusters, "clusters");
  }

  /**
   * Puts {@code placement} in line, or updates its clusters if it is already waiting, keeping its
   * place: an update while Queued should not send it to the back.
   */
  void enqueue(String placement, String workspace, List<String> wanted) {
    waiting.put(placement, new Waiting(placement, workspace, List.copyOf(wanted)));
  }

  /** Takes {@code placement} out of line. */
  void remove(String placement) {
    waiting.remove(placement);
  }

  /** True when {@code placement} is waiting. */
  boolean isWaiting(String placement) {
    return waiting.containsKey(placement);
  }

  /** The clusters {@code placement} still waits for, if it waits. */
  Optional<List<String>> waitsFor(String placement) {
    Waiting w = waiting.get(placement);
    if (w == null) {
      return Optional.empty();
    }
    return Optional.of(
        w.clusters().stream()
            .filter(c -> clusters.find(c).map(k -> !k.canGrant(placement)).orElse(true))
            .toList());
  }

  /** Grants every placement that can have its GPUs now, in line order; returns them. */
  List<Waiting> grant() {
    Set<String> claimed = new HashSet<>();
    List<Waiting> granted = new ArrayList<>();
    for (Waiting w : waiting.values()) {
      List<SimulatedCluster> targets = new ArrayList<>();
      boolean fits = true;
      for (String c : w.clusters()) {
        Optional<SimulatedCluster> cluster = clusters.obtain(w.workspace(), c);
        if (claimed.contains(c) || cluster.isEmpty() || !cluster.get().canGrant(w.placement())) {
          fits = false;
        } else {
          targets.add(cluster.get());
        }
      }
      if (fits) {
        targets.forEach(c -> c.reserveGpu(w.placement()));
        granted.add(w);
      } else {
        // later arrivals may not overtake on any cluster this one is waiting for
        claimed.addAll(w.clusters());
      }
    }
    granted.forEach(g -> waiting.remove(g.placement()));
    return granted;
  }

  /** Empties the line. */
  void clear() {
    waiting.clear();
  }
}

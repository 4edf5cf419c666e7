package io.workloadplacement.simulator.engine;

import io.workloadplacement.simulator.cluster.SimulatedCluster;
import io.workloadplacement.simulator.cluster.SimulatedClusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The GPUs of the simulated clusters: who holds them, and the line of Queued placements waiting for
 * them. A placement waits for its demand on each of its clusters and is granted them all at once,
 * so it never holds some while waiting for others. Each cluster has its own line, in order of
 * (priority descending, arrival ascending); a placement is granted only when it is first in the
 * line of every cluster it waits for, so nobody overtakes it on a cluster it waits for, but it does
 * not wait behind placements that need none of its clusters.
 *
 * <p>Granting looks only at the clusters whose free GPUs or first-in-line changed since the last
 * grant, and at the first placement of their lines: its cost does not depend on how many wait.
 * Guarded by the simulation lock.
 */
final class GpuQueue {

  /** What a placement asks for: GPUs on each of its clusters, and its place among the waiting. */
  record Demand(int gpusPerCluster, int priority) {

    /** One GPU per cluster at priority 0: a placement without gprDetails. */
    static final Demand ONE_GPU = new Demand(1, 0);

    Demand {
      if (gpusPerCluster < 1) {
        throw new IllegalArgumentException("a placement needs at least one GPU per cluster");
      }
    }
  }

  /** One waiting placement. */
  record Waiting(
      String placement, String workspace, List<String> clusters, Demand demand, long arrival) {}

  /** Priority descending, then arrival ascending (arrivals are unique, so no two tie). */
  private static final Comparator<Waiting> LINE_ORDER =
      (a, b) -> {
        int byPriority = Integer.compare(b.demand().priority(), a.demand().priority());
        return byPriority != 0 ? byPriority : Long.compare(a.arrival(), b.arrival());
      };

  private final SimulatedClusters clusters;
  private final Map<String, Waiting> waiting = new HashMap<>();
  private final Map<String, NavigableSet<Waiting>> lines = new HashMap<>();
  private final Map<String, List<String>> holdings = new HashMap<>();
  private final Set<String> changed = new LinkedHashSet<>();
  private long nextArrival;
  private long headsExamined;

  GpuQueue(SimulatedClusters clusters) {
    this.clusters = Objects.requireNonNull(clusters, "clusters");
  }

  /**
   * Puts {@code placement} in line, or updates its clusters and demand if it is already waiting,
   * keeping its arrival: an update while Queued should not send it to the back.
   */
  void enqueue(String placement, String workspace, List<String> wanted, Demand demand) {
    Waiting before = waiting.get(placement);
    long arrival = before == null ? nextArrival++ : before.arrival();
    if (before != null) {
      leaveLines(before);
    }
    Waiting now = new Waiting(placement, workspace, List.copyOf(wanted), demand, arrival);
    waiting.put(placement, now);
    for (String c : now.clusters()) {
      lines.computeIfAbsent(c, k -> new TreeSet<>(LINE_ORDER)).add(now);
      changed.add(c);
    }
  }

  /** Takes {@code placement} out of line; what it holds stays held. */
  void remove(String placement) {
    Waiting w = waiting.remove(placement);
    if (w != null) {
      leaveLines(w);
    }
  }

  /** True when {@code placement} is waiting. */
  boolean isWaiting(String placement) {
    return waiting.containsKey(placement);
  }

  /** How many placements wait. */
  int waitingCount() {
    return waiting.size();
  }

  /** How many placements wait for {@code cluster}. */
  int waitingOn(String cluster) {
    NavigableSet<Waiting> line = lines.get(cluster);
    return line == null ? 0 : line.size();
  }

  /** The clusters on which {@code placement} waits for free GPUs, if it waits. */
  Optional<List<String>> waitsFor(String placement) {
    Waiting w = waiting.get(placement);
    if (w == null) {
      return Optional.empty();
    }
    return Optional.of(
        w.clusters().stream()
            .filter(
                c ->
                    clusters
                        .find(c)
                        .map(k -> !k.canGrant(placement, w.demand().gpusPerCluster()))
                        .orElse(true))
            .toList());
  }

  /**
   * Grants every placement that can have its GPUs now and is first in line on each of its clusters,
   * in line order; returns them. Only clusters that changed since the last grant are looked at.
   */
  List<Waiting> grant() {
    List<Waiting> granted = new ArrayList<>();
    while (!changed.isEmpty()) {
      String cluster = changed.iterator().next();
      changed.remove(cluster);
      NavigableSet<Waiting> line = lines.get(cluster);
      if (line == null || line.isEmpty()) {
        continue;
      }
      Waiting head = line.first();
      headsExamined++;
      if (grantable(head)) {
        int gpus = head.demand().gpusPerCluster();
        for (String c : head.clusters()) {
          clusters.obtain(head.workspace(), c).orElseThrow().reserveGpus(head.placement(), gpus);
        }
        holdings.put(head.placement(), head.clusters());
        remove(head.placement()); // marks its clusters changed: the next in line may fit too
        granted.add(head);
      }
    }
    return granted;
  }

  /**
   * Makes {@code placement} hold its demand on each of {@code wanted} at once, in or out of line (a
   * status jump, a placement found running); returns the clusters that had too few free, where it
   * runs without them.
   */
  List<String> hold(String placement, String workspace, List<String> wanted, Demand demand) {
    release(placement);
    remove(placement);
    List<String> without = new ArrayList<>();
    for (String c : wanted) {
      boolean reserved =
          clusters
              .obtain(workspace, c)
              .map(cluster -> cluster.reserveGpus(placement, demand.gpusPerCluster()))
              .orElse(false);
      if (!reserved) {
        without.add(c);
      }
    }
    holdings.put(placement, List.copyOf(wanted));
    return without;
  }

  /** The clusters on which {@code placement} holds GPUs; empty when it holds none. */
  Set<String> holds(String placement) {
    return Set.copyOf(holdings.getOrDefault(placement, List.of()));
  }

  /** True when {@code placement} holds GPUs on some cluster. */
  boolean holdsAny(String placement) {
    List<String> held = holdings.get(placement);
    return held != null && !held.isEmpty();
  }

  /** True when the clusters on which {@code placement} holds GPUs are exactly {@code wanted}. */
  boolean holdsExactly(String placement, List<String> wanted) {
    List<String> held = holdings.getOrDefault(placement, List.of());
    return held.equals(wanted) || Set.copyOf(held).equals(Set.copyOf(wanted));
  }

  /** Gives back every GPU {@code placement} holds; the lines of those clusters may move. */
  void release(String placement) {
    List<String> held = holdings.remove(placement);
    if (held == null) {
      return;
    }
    for (String c : held) {
      clusters.find(c).ifPresent(cluster -> cluster.releaseGpu(placement));
      changed.add(c);
    }
  }

  /**
   * The clusters of {@code wanted} that do not have {@code demand} free for {@code placement} now
   * (counting what it holds), or that the topology does not have.
   */
  List<String> lacking(String placement, String workspace, List<String> wanted, Demand demand) {
    return wanted.stream()
        .filter(
            c ->
                !clusters
                    .obtain(workspace, c)
                    .map(cluster -> cluster.canGrant(placement, demand.gpusPerCluster()))
                    .orElse(false))
        .toList();
  }

  /** How many first-in-line placements grants have looked at so far: the work they did. */
  long headsExamined() {
    return headsExamined;
  }

  /** The line and the holdings, to keep; the clusters keep how many GPUs each holds. */
  List<EngineState.Waiting> waitingState() {
    return waiting.values().stream()
        .sorted(Comparator.comparingLong(Waiting::arrival))
        .map(
            w ->
                new EngineState.Waiting(
                    w.placement(),
                    w.workspace(),
                    w.clusters(),
                    w.demand().gpusPerCluster(),
                    w.demand().priority(),
                    w.arrival()))
        .toList();
  }

  /** Who holds GPUs where, to keep. */
  List<EngineState.Holding> holdingsState() {
    return holdings.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new EngineState.Holding(e.getKey(), e.getValue()))
        .toList();
  }

  /** The next arrival number, to keep. */
  long nextArrival() {
    return nextArrival;
  }

  /**
   * Puts back the line and the holdings kept; the clusters were restored with their GPU holders.
   * Nothing is granted here.
   */
  void restore(
      List<EngineState.Waiting> kept, List<EngineState.Holding> held, long keptNextArrival) {
    clear();
    for (EngineState.Waiting k : kept) {
      Waiting w =
          new Waiting(
              k.placement(),
              k.workspace(),
              k.clusters(),
              new Demand(k.gpusPerCluster(), k.priority()),
              k.arrival());
      waiting.put(w.placement(), w);
      w.clusters().forEach(c -> lines.computeIfAbsent(c, x -> new TreeSet<>(LINE_ORDER)).add(w));
    }
    held.forEach(h -> holdings.put(h.placement(), h.clusters()));
    nextArrival = keptNextArrival;
    changed.addAll(lines.keySet()); // a grant looks at every line once more
  }

  /** Empties the lines and forgets every holding, after the clusters were reset. */
  void clear() {
    waiting.clear();
    lines.clear();
    holdings.clear();
    changed.clear();
  }

  /** True when {@code head} is first in each of its lines and each of them has its demand free. */
  private boolean grantable(Waiting head) {
    for (String c : head.clusters()) {
      NavigableSet<Waiting> line = lines.get(c);
      if (line == null || line.first() != head) {
        return false;
      }
      Optional<SimulatedCluster> cluster = clusters.obtain(head.workspace(), c);
      if (cluster.isEmpty()
          || !cluster.get().canGrant(head.placement(), head.demand().gpusPerCluster())) {
        return false;
      }
    }
    return true;
  }

  private void leaveLines(Waiting w) {
    for (String c : w.clusters()) {
      NavigableSet<Waiting> line = lines.get(c);
      if (line != null) {
        if (!line.isEmpty() && line.first() == w) {
          changed.add(c);
        }
        line.remove(w);
        if (line.isEmpty()) {
          lines.remove(c);
        }
      }
    }
  }
}

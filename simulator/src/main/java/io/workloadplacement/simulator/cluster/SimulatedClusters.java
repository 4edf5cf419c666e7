package io.workloadplacement.simulator.cluster;

import io.workloadplacement.simulator.topology.Topology;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every simulated cluster, by name. The topology's clusters exist from the start; an open topology
 * adds a cluster, with the default capacity, the first time a placement names it.
 */
public final class SimulatedClusters {

  private final Topology topology;
  private final Map<String, SimulatedCluster> byName = new ConcurrentHashMap<>();

  public SimulatedClusters(Topology topology) {
    this.topology = Objects.requireNonNull(topology, "topology");
    createConfigured();
  }

  /** The cluster named {@code name}, if it exists. */
  public Optional<SimulatedCluster> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The cluster named {@code name} as seen from {@code workspace}: in an open topology it is
   * created on first use. Empty when the topology does not have it.
   */
  public Optional<SimulatedCluster> obtain(String workspace, String name) {
    if (!topology.hasCluster(workspace, name)) {
      return Optional.empty();
    }
    SimulatedCluster cluster = byName.get(name);
    if (cluster == null) {
      cluster =
          byName.computeIfAbsent(
              name,
              n ->
                  new SimulatedCluster(
                      n, topology.configuredGpus(n).orElse(topology.defaultGpus())));
    }
    cluster.addWorkspace(workspace);
    return Optional.of(cluster);
  }

  /** Every cluster, ordered by name. */
  public List<SimulatedCluster> all() {
    return byName.values().stream().sorted(Comparator.comparing(SimulatedCluster::name)).toList();
  }

  /** Snapshots of every cluster, ordered by name. */
  public List<ClusterView> views() {
    return all().stream().map(SimulatedCluster::view).toList();
  }

  /** Removes what {@code placement} deployed, on every cluster. */
  public void removeResourcesOf(String placement) {
    byName.values().forEach(c -> c.removeResourcesOf(placement));
  }

  /** What every cluster holds, ordered by name, to keep. */
  public List<ClusterState> states() {
    return all().stream().map(SimulatedCluster::state).toList();
  }

  /**
   * Replaces every cluster with those {@link #states} described; a cluster the topology has and
   * they lack is added empty.
   */
  public void restore(List<ClusterState> kept) {
    byName.clear();
    kept.forEach(c -> byName.put(c.name(), SimulatedCluster.restored(c)));
    createConfigured();
  }

  /** Back to the topology's clusters, empty: clusters an open topology created are forgotten. */
  public void reset() {
    byName.clear();
    createConfigured();
  }

  private void createConfigured() {
    topology
        .workspaces()
        .forEach(
            (workspace, clusters) ->
                clusters.forEach(
                    c ->
                        byName
                            .computeIfAbsent(
                                c, n -> new SimulatedCluster(n, topology.gpus().get(n)))
                            .addWorkspace(workspace)));
  }
}

package io.workloadplacement.simulator.topology;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which workspaces exist, which clusters belong to each and how many GPUs each cluster has. A
 * cluster is one physical cluster however many workspaces include it, so its GPUs are shared. An
 * open topology (no file) accepts every workspace and cluster, and gives a cluster it has not seen
 * {@code defaultGpus}.
 *
 * @param open true when any workspace and cluster is accepted
 * @param workspaces each workspace's clusters, in file order (empty when open)
 * @param gpus each cluster's GPU capacity (empty when open)
 * @param defaultGpus the capacity of clusters an open topology creates on demand
 * @param timings the timing profile the file set (defaults otherwise)
 * @param dataDir the data directory the file names, resolved against the file's own
 */
public record Topology(
    boolean open,
    Map<String, List<String>> workspaces,
    Map<String, Integer> gpus,
    int defaultGpus,
    TimingProfile timings,
    Optional<Path> dataDir) {

  /** The capacity of a cluster nobody configured. */
  public static final int DEFAULT_GPUS = 8;

  public Topology {
    Objects.requireNonNull(timings, "timings");
    Objects.requireNonNull(dataDir, "dataDir");
    Map<String, List<String>> ws = new LinkedHashMap<>();
    workspaces.forEach((name, clusters) -> ws.put(name, List.copyOf(clusters)));
    workspaces = Collections.unmodifiableMap(ws);
    gpus = Collections.unmodifiableMap(new LinkedHashMap<>(gpus));
    if (defaultGpus < 0) {
      throw new IllegalArgumentException("defaultGpus must not be negative");
    }
    for (List<String> clusters : workspaces.values()) {
      for (String cluster : clusters) {
        if (!gpus.containsKey(cluster)) {
          throw new IllegalArgumentException("cluster " + cluster + " has no GPU capacity");
        }
      }
    }
  }

  /** A topology that names no data directory. */
  public Topology(
      boolean open,
      Map<String, List<String>> workspaces,
      Map<String, Integer> gpus,
      int defaultGpus,
      TimingProfile timings) {
    this(open, workspaces, gpus, defaultGpus, timings, Optional.empty());
  }

  /** The topology without a file: every name is accepted; new clusters get 8 GPUs. */
  public static Topology openWorld() {
    return new Topology(true, Map.of(), Map.of(), DEFAULT_GPUS, TimingProfile.defaults());
  }

  /** True when the workspace exists. */
  public boolean hasWorkspace(String workspace) {
    return open || workspaces.containsKey(workspace);
  }

  /** True when the cluster belongs to the workspace. */
  public boolean hasCluster(String workspace, String cluster) {
    return open || workspaces.getOrDefault(workspace, List.of()).contains(cluster);
  }

  /** The configured capacity of {@code cluster}, if the file names it. */
  public OptionalInt configuredGpus(String cluster) {
    Integer n = gpus.get(cluster);
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /** The clusters of {@code workspace}, if it is configured. */
  public Optional<List<String>> clustersOf(String workspace) {
    return Optional.ofNullable(workspaces.get(workspace));
  }

  /** This topology with other timings. */
  public Topology withTimings(TimingProfile newTimings) {
    return new Topology(open, workspaces, gpus, defaultGpus, newTimings, dataDir);
  }

  /** This topology naming the data directory {@code directory}. */
  public Topology withDataDir(Path directory) {
    return new Topology(open, workspaces, gpus, defaultGpus, timings, Optional.of(directory));
  }
}

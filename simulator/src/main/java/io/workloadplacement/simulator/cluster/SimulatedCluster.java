package io.workloadplacement.simulator.cluster;

import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.ManifestResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One simulated cluster: its GPUs and who holds them, and what steps deployed on it (namespaces,
 * Helm releases, manifests) with the placement that owns each, plus the log of commands. Nothing is
 * ever executed. Thread-safe; the simulator changes it under its lock.
 */
public final class SimulatedCluster {

  private final String name;
  private final int gpuCapacity;
  private final Set<String> workspaces = new LinkedHashSet<>();
  private final Map<String, Integer> gpuHolders = new LinkedHashMap<>();
  private int gpusInUse;
  private final Map<String, Set<String>> namespaceOwners = new TreeMap<>();
  private final Map<String, HelmRelease> releases = new TreeMap<>();
  private final Map<String, ManifestObject> manifests = new TreeMap<>();
  private final List<CommandLogEntry> commandLog = new ArrayList<>();

  public SimulatedCluster(String name, int gpuCapacity) {
    this.name = Objects.requireNonNull(name, "name");
    if (gpuCapacity < 0) {
      throw new IllegalArgumentException("GPU capacity must not be negative");
    }
    this.gpuCapacity = gpuCapacity;
  }

  /** The cluster's name. */
  public String name() {
    return name;
  }

  /** How many GPUs it has. */
  public int gpuCapacity() {
    return gpuCapacity;
  }

  /** Notes that {@code workspace} includes this cluster. */
  public synchronized void addWorkspace(String workspace) {
    workspaces.add(workspace);
  }

  /** True when a GPU is free, or {@code placement} already holds one. */
  public synchronized boolean canGrant(String placement) {
    return canGrant(placement, 1);
  }

  /** True when {@code placement} could hold {@code count} GPUs, counting those it holds already. */
  public synchronized boolean canGrant(String placement, int count) {
    return count - gpuHolders.getOrDefault(placement, 0) <= gpuCapacity - gpusInUse;
  }

  /** Gives {@code placement} one GPU; false when none is free. Holding one already is fine. */
  public synchronized boolean reserveGpu(String placement) {
    return reserveGpus(placement, 1);
  }

  /**
   * Makes {@code placement} hold {@code count} GPUs (at least one); false, and nothing changes,
   * when too few are free. Holding that many or more already is fine.
   */
  public synchronized boolean reserveGpus(String placement, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("a placement holds at least one GPU, not " + count);
    }
    if (!canGrant(placement, count)) {
      return false;
    }
    int held = gpuHolders.getOrDefault(placement, 0);
    if (count > held) {
      gpuHolders.put(placement, count);
      gpusInUse += count - held;
    }
    return true;
  }

  /** Takes back {@code placement}'s GPUs, if it holds any. */
  public synchronized void releaseGpu(String placement) {
    Integer held = gpuHolders.remove(placement);
    if (held != null) {
      gpusInUse -= held;
    }
  }

  /** True when {@code placement} holds one of its GPUs. */
  public synchronized boolean holdsGpu(String placement) {
    return gpuHolders.containsKey(placement);
  }

  /** How many GPUs are held. */
  public synchronized int gpusInUse() {
    return gpusInUse;
  }

  /** How many GPUs are free. */
  public synchronized int gpusFree() {
    return gpuCapacity - gpusInUse;
  }

  /** Installs (or upgrades) the release of {@code config} for {@code owner}, and its namespace. */
  public synchronized HelmRelease installRelease(String owner, HelmConfig config, Instant at) {
    String key = config.releaseNamespace() + "/" + config.releaseName();
    int revision = Optional.ofNullable(releases.get(key)).map(r -> r.revision() + 1).orElse(1);
    HelmRelease release =
        new HelmRelease(
            config.releaseName(),
            config.releaseNamespace(),
            config.chart(),
            Optional.ofNullable(config.version()),
            config.repoName(),
            config.repoURL(),
            config.values(),
            revision,
            owner,
            at);
    releases.put(key, release);
    useNamespace(config.releaseNamespace(), owner);
    return release;
  }

  /** Applies (creates or replaces) the object of {@code manifest} for {@code owner}. */
  public synchronized ManifestObject applyManifest(
      String owner, ManifestResource manifest, Instant at) {
    ManifestObject object =
        new ManifestObject(
            manifest.objectApiVersion(),
            manifest.objectKind(),
            manifest.objectNamespace(),
            manifest.objectName(),
            // a whole object (SDK) is kept whole; a v1.15 item keeps its data
            manifest.isWholeObject() ? manifest.manifest() : manifest.data(),
            owner,
            at);
    manifests.put(object.key(), object);
    object.namespace().ifPresent(ns -> useNamespace(ns, owner));
    return object;
  }

  /** Records that {@code step} of {@code owner} would have run {@code cmd} here. */
  public synchronized CommandLogEntry logCommand(
      String owner, String step, String cmd, Instant at) {
    CommandLogEntry entry = new CommandLogEntry(at, name, owner, step, cmd);
    commandLog.add(entry);
    return entry;
  }

  /**
   * Removes what {@code owner} deployed: its releases and objects, and its claim on namespaces; a
   * namespace nobody else deployed into goes too. The command log is history and stays.
   */
  public synchronized void removeResourcesOf(String owner) {
    releases.values().removeIf(r -> r.owner().equals(owner));
    manifests.values().removeIf(m -> m.owner().equals(owner));
    namespaceOwners.values().forEach(owners -> owners.remove(owner));
    namespaceOwners.values().removeIf(Set::isEmpty);
  }

  /** True when {@code owner} has a release, object or namespace here. */
  public synchronized boolean hasResourcesOf(String owner) {
    return releases.values().stream().anyMatch(r -> r.owner().equals(owner))
        || manifests.values().stream().anyMatch(m -> m.owner().equals(owner))
        || namespaceOwners.values().stream().anyMatch(o -> o.contains(owner));
  }

  /** Frees every GPU and forgets everything deployed and logged. */
  public synchronized void clear() {
    gpuHolders.clear();
    gpusInUse = 0;
    namespaceOwners.clear();
    releases.clear();
    manifests.clear();
    commandLog.clear();
  }

  /** Everything it holds, to keep. */
  public synchronized ClusterState state() {
    return new ClusterState(
        name,
        gpuCapacity,
        List.copyOf(workspaces),
        gpuHolders.entrySet().stream()
            .map(e -> new ClusterState.GpuHold(e.getKey(), e.getValue()))
            .toList(),
        namespaceOwners.entrySet().stream()
            .map(e -> new NamespaceView(e.getKey(), List.copyOf(e.getValue())))
            .toList(),
        List.copyOf(releases.values()),
        List.copyOf(manifests.values()),
        List.copyOf(commandLog));
  }

  /** The cluster {@link #state} described. */
  public static SimulatedCluster restored(ClusterState kept) {
    SimulatedCluster cluster = new SimulatedCluster(kept.name(), kept.gpuCapacity());
    cluster.workspaces.addAll(kept.workspaces());
    for (ClusterState.GpuHold hold : kept.gpuHolders()) {
      cluster.gpuHolders.put(hold.placement(), hold.gpus());
      cluster.gpusInUse += hold.gpus();
    }
    kept.namespaces()
        .forEach(ns -> cluster.namespaceOwners.put(ns.name(), new LinkedHashSet<>(ns.owners())));
    kept.releases().forEach(r -> cluster.releases.put(r.namespace() + "/" + r.name(), r));
    kept.manifests().forEach(m -> cluster.manifests.put(m.key(), m));
    cluster.commandLog.addAll(kept.commandLog());
    return cluster;
  }

  /** A snapshot. */
  public synchronized ClusterView view() {
    return new ClusterView(
        name,
        List.copyOf(workspaces),
        gpuCapacity,
        gpusInUse,
        List.copyOf(gpuHolders.keySet()),
        namespaceOwners.entrySet().stream()
            .map(e -> new NamespaceView(e.getKey(), List.copyOf(e.getValue())))
            .toList(),
        List.copyOf(releases.values()),
        List.copyOf(manifests.values()),
        List.copyOf(commandLog));
  }

  private void useNamespace(String namespace, String owner) {
    namespaceOwners.computeIfAbsent(namespace, ns -> new LinkedHashSet<>()).add(owner);
  }
}

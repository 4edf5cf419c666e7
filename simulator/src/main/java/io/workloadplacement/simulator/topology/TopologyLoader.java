package io.workloadplacement.simulator.topology;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.workloadplacement.domain.model.DnsNames;
import io.workloadplacement.rest.json.JsonPaths;
import io.workloadplacement.simulator.clock.Durations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@link Topology} from YAML or JSON:
 *
 * <pre>
 * defaultGpus: 8              # for clusters below without gpus
 * dataDir: state              # optional: keep the state there (relative to this file)
 * timings: {admission: 2s, provisioning: 10s, command: 2s, manifest: 1s, helm: 15s}
 * workspaces:
 *   - name: abc
 *     clusters:
 *       - name: worker-1
 *         gpus: 4
 *       - worker-2            # a bare name takes defaultGpus
 * </pre>
 *
 * Unknown fields are errors: a typo in a config file should not pass silently.
 */
public final class TopologyLoader {

  private TopologyLoader() {}

  /** The file's format. */
  public enum Format {
    YAML,
    JSON;

    /** JSON for a {@code .json} file, YAML otherwise. */
    public static Format of(Path file) {
      return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
  }

  /**
   * Reads {@code file}.
   *
   * @throws TopologyException naming the file and what is wrong with it
   */
  public static Topology load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new TopologyException("cannot read topology file " + file + ": " + e.getMessage(), e);
    }
    try {
      Topology topology = parse(text, Format.of(file));
      // a relative data directory is read from where the file is, not from where one started
      Path base = file.toAbsolutePath().getParent();
      return topology.dataDir().map(d -> topology.withDataDir(base.resolve(d))).orElse(topology);
    } catch (TopologyException e) {
      throw new TopologyException("topology file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses {@code text}.
   *
   * @throws TopologyException saying what is wrong with it
   */
  public static Topology parse(String text, Format format) {
    ObjectMapper mapper =
        (format == Format.JSON ? JsonMapper.builder() : YAMLMapper.builder())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    TopologyFile file;
    try {
      file = mapper.readValue(text, TopologyFile.class);
    } catch (JsonProcessingException e) {
      throw new TopologyException(describe(e), e);
    }
    if (file == null) {
      throw new TopologyException("the topology is empty");
    }
    return toTopology(file);
  }

  /** The error with its place in the file, without Jackson's class names. */
  private static String describe(JsonProcessingException e) {
    String where =
        e.getLocation() == null ? "" : " (near line " + e.getLocation().getLineNr() + ")";
    String path = e instanceof JsonMappingException m ? JsonPaths.of(m) : "";
    if (!path.isEmpty()) {
      String what =
          e instanceof UnrecognizedPropertyException u
              ? "unknown field"
              : "cannot read this value: " + e.getOriginalMessage().split("\\(class|: ")[0].trim();
      return path + ": " + what + where;
    }
    return e.getOriginalMessage() + where;
  }

  private static Topology toTopology(TopologyFile file) {
    int defaultGpus = file.defaultGpus() == null ? Topology.DEFAULT_GPUS : file.defaultGpus();
    if (defaultGpus < 0) {
      throw new TopologyException("defaultGpus must not be negative");
    }
    TimingProfile timings = timings(file.timings());
    if (file.workspaces() == null || file.workspaces().isEmpty()) {
      throw new TopologyException("workspaces: at least one workspace is required");
    }
    Map<String, List<String>> workspaces = new LinkedHashMap<>();
    Map<String, Integer> gpus = new LinkedHashMap<>();
    Map<String, Integer> explicit = new HashMap<>();
    for (int w = 0; w < file.workspaces().size(); w++) {
      WorkspaceEntry ws = file.workspaces().get(w);
      String path = "workspaces[" + w + "]";
      if (ws == null) {
        throw new TopologyException(path + ": must not be null");
      }
      requireLabel(ws.name(), path + ".name");
      if (workspaces.containsKey(ws.name())) {
        throw new TopologyException(path + ".name: workspace " + ws.name() + " appears twice");
      }
      List<String> clusters = new ArrayList<>();
      List<ClusterEntry> entries = ws.clusters() == null ? List.of() : ws.clusters();
      for (int c = 0; c < entries.size(); c++) {
        ClusterEntry cluster = entries.get(c);
        String cpath = path + ".clusters[" + c + "]";
        if (cluster == null) {
          throw new TopologyException(cpath + ": must not be null");
        }
        requireLabel(cluster.name(), cpath + ".name");
        if (clusters.contains(cluster.name())) {
          throw new TopologyException(
              cpath + ".name: cluster " + cluster.name() + " appears twice in " + ws.name());
        }
        clusters.add(cluster.name());
        if (cluster.gpus() != null) {
          if (cluster.gpus() < 0) {
            throw new TopologyException(cpath + ".gpus: must not be negative");
          }
          Integer before = explicit.putIfAbsent(cluster.name(), cluster.gpus());
          if (before != null && !before.equals(cluster.gpus())) {
            // one cluster in two workspaces is one pool of GPUs: it cannot have two sizes
            throw new TopologyException(
                cpath
                    + ".gpus: cluster "
                    + cluster.name()
                    + " has "
                    + before
                    + " GPUs elsewhere, not "
                    + cluster.gpus());
          }
        }
        gpus.putIfAbsent(cluster.name(), defaultGpus);
      }
      workspaces.put(ws.name(), clusters);
    }
    gpus.replaceAll((name, n) -> explicit.getOrDefault(name, n));
    Optional<Path> dataDir = Optional.empty();
    if (file.dataDir() != null) {
      try {
        dataDir = Optional.of(Path.of(file.dataDir()));
      } catch (InvalidPathException e) {
        throw new TopologyException("dataDir: not a path: " + e.getMessage(), e);
      }
    }
    return new Topology(false, workspaces, gpus, defaultGpus, timings, dataDir);
  }

  private static TimingProfile timings(Map<String, String> entries) {
    TimingProfile timings = TimingProfile.defaults();
    if (entries == null) {
      return timings;
    }
    for (Map.Entry<String, String> e : entries.entrySet()) {
      if (!TimingProfile.KEYS.contains(e.getKey())) {
        throw new TopologyException(
            "timings." + e.getKey() + ": unknown timing, expected one of " + TimingProfile.KEYS);
      }
      try {
        timings = timings.with(e.getKey(), Durations.parse(e.getValue()));
      } catch (IllegalArgumentException ex) {
        throw new TopologyException("timings." + e.getKey() + ": " + ex.getMessage(), ex);
      }
    }
    return timings;
  }

  private static void requireLabel(String name, String path) {
    if (!DnsNames.isLabel(name)) {
      throw new TopologyException(
          path + ": must be a DNS-1123 label (lowercase alphanumerics and '-'), got " + name);
    }
  }

  /** The file as written. */
  record TopologyFile(
      Integer defaultGpus,
      Map<String, String> timings,
      List<WorkspaceEntry> workspaces,
      String dataDir) {}

  /** One workspace as written. */
  record WorkspaceEntry(String name, List<ClusterEntry> clusters) {}

  /** One cluster as written: {@code {name, gpus}} or just its name. */
  record ClusterEntry(String name, Integer gpus) {

    @JsonCreator
    ClusterEntry {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ClusterEntry named(String name) {
      return new ClusterEntry(name, null);
    }
  }
}

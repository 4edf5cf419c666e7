package io.workloadplacement.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.workloadplacement.simulator.server.SimulatorCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The simulator's own command line parses the arguments the chart renders, with the files the pod
 * would see: what the chart mounts from its ConfigMaps and Secrets is written to a temporary
 * directory and the arguments' paths point there, so a topology file is read (and checked) as the
 * simulator reads it, and an argument file is expanded as picocli expands it.
 */
final class SimulatorOptions {

  private SimulatorOptions() {}

  /** Parses the simulator container's arguments; an unknown option or a bad value fails. */
  static CommandLine.ParseResult requireAccepted(RenderedChart chart) {
    Container container = SimulatorChartTest.container(chart);
    Map<String, Path> mounted = mountedFiles(chart, container);
    List<String> args = new ArrayList<>();
    for (String arg : container.getArgs()) {
      String local = arg;
      for (Map.Entry<String, Path> mount : mounted.entrySet()) {
        local = local.replace(mount.getKey(), mount.getValue().toString());
      }
      args.add(local);
    }
    return new CommandLine(new SimulatorCommand()).parseArgs(args.toArray(String[]::new));
  }

  /** Each mount path of a rendered ConfigMap or Secret, and where its files now are. */
  private static Map<String, Path> mountedFiles(RenderedChart chart, Container container) {
    Map<String, Path> mounted = new LinkedHashMap<>();
    List<Volume> volumes = SimulatorChartTest.podSpec(chart).getVolumes();
    for (VolumeMount mount : container.getVolumeMounts()) {
      Volume volume =
          volumes.stream()
              .filter(v -> v.getName().equals(mount.getName()))
              .findFirst()
              .orElseThrow();
      // an object of one's own (not rendered) is stood in for by empty files
      Map<String, String> data = new LinkedHashMap<>();
      List<KeyToPath> items;
      if (volume.getConfigMap() != null) {
        chart.all(ConfigMap.class).stream()
            .filter(c -> c.getMetadata().getName().equals(volume.getConfigMap().getName()))
            .findFirst()
            .ifPresent(c -> data.putAll(c.getData()));
        items = volume.getConfigMap().getItems();
      } else if (volume.getSecret() != null) {
        chart.all(Secret.class).stream()
            .filter(s -> s.getMetadata().getName().equals(volume.getSecret().getSecretName()))
            .findFirst()
            .ifPresent(s -> data.putAll(s.getStringData()));
        items = volume.getSecret().getItems();
      } else {
        continue;
      }
      Map<String, String> files = selected(data, items);
      mounted.put(mount.getMountPath(), write(files));
    }
    return mounted;
  }

  private static Map<String, String> selected(Map<String, String> data, List<KeyToPath> items) {
    if (items.isEmpty()) {
      return data;
    }
    Map<String, String> files = new LinkedHashMap<>();
    items.forEach(item -> files.put(item.getPath(), data.getOrDefault(item.getKey(), "")));
    return files;
  }

  private static Path write(Map<String, String> files) {
    try {
      Path dir = Files.createTempDirectory("mounted-");
      dir.toFile().deleteOnExit();
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = dir.resolve(file.getKey());
        Files.writeString(path, file.getValue());
        path.toFile().deleteOnExit();
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.workloadplacement.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every value {@code values.yaml} documents is set away from its default in one of the files under
 * {@code src/test/resources/values/}; each file renders into typed objects and arguments the jars
 * accept, and each value it sets changes what is rendered (so no documented value is dead).
 */
class EveryValueTest {

  private static final Path VALUES_FILES = Path.of("src", "test", "resources", "values");
  private static final KubernetesSerialization YAML = new KubernetesSerialization();

  static Stream<Path> valuesFiles() throws IOException {
    try (Stream<Path> files = Files.list(VALUES_FILES)) {
      return files.sorted().toList().stream();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(Path file) {
    try {
      return YAML.unmarshal(Files.readString(file), Map.class);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Each documented value's dotted path; a map with entries is a section, anything else a value.
   */
  static Map<String, Object> leaves(Map<String, Object> values) {
    Map<String, Object> leaves = new LinkedHashMap<>();
    collect("", values, leaves);
    return leaves;
  }

  @SuppressWarnings("unchecked")
  private static void collect(String prefix, Map<String, Object> map, Map<String, Object> leaves) {
    map.forEach(
        (key, value) -> {
          String path = prefix + key;
          if (value instanceof Map<?, ?> section && !section.isEmpty() && !isFreeForm(path)) {
            collect(path + ".", (Map<String, Object>) section, leaves);
          } else {
            leaves.put(path, value);
          }
        });
  }

  /** Values whose content is another format's (a topology file, a directory, requests). */
  private static boolean isFreeForm(String path) {
    return List.of(
            "simulator.topology",
            "workspaces.clusters",
            "podAnnotations",
            "nodeSelector",
            "server.resources",
            "simulator.resources")
        .contains(path);
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> values, String path) {
    Object node = values;
    for (String key : path.split("\\.")) {
      if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
        return null;
      }
      node = ((Map<String, Object>) map).get(key);
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> with(Map<String, Object> values, String path, Object value) {
    Map<String, Object> copy = YAML.unmarshal(YAML.asJson(values), Map.class);
    Map<String, Object> node = copy;
    String[] keys = path.split("\\.");
    for (int i = 0; i < keys.length - 1; i++) {
      node = (Map<String, Object>) node.get(keys[i]);
    }
    node.put(keys[keys.length - 1], value);
    return copy;
  }

  private static Map<String, Object> defaults() {
    return read(RenderedChart.CHART.resolve("values.yaml"));
  }

  /** The leaves a values file sets away from their defaults. */
  private static List<String> changedLeaves(Map<String, Object> file) {
    List<String> changed = new ArrayList<>();
    leaves(defaults())
        .forEach(
            (path, defaultValue) -> {
              Object value = at(file, path);
              if (value != null && !Objects.equals(value, defaultValue)) {
                changed.add(path);
              }
            });
    return changed;
  }

  @Test
  void everyDocumentedValueIsSetAwayFromItsDefaultInSomeFile() throws IOException {
    List<String> covered = new ArrayList<>();
    valuesFiles().forEach(file -> covered.addAll(changedLeaves(read(file))));

    assertThat(covered).containsAll(leaves(defaults()).keySet());
  }

  @Test
  void theFilesSetOnlyDocumentedValues() throws IOException {
    var documented = leaves(defaults()).keySet();
    valuesFiles()
        .forEach(
            file ->
                assertThat(leaves(read(file)).keySet())
                    .as("%s", file)
                    .allMatch(
                        path ->
                            documented.contains(path)
                                || documented.stream().anyMatch(d -> path.startsWith(d + "."))));
  }

  @ParameterizedTest
  @MethodSource("valuesFiles")
  void theFileRendersIntoTypedObjectsAndArgumentsTheJarAccepts(Path file) {
    RenderedChart chart = RenderedChart.template(file.toAbsolutePath());

    assertThat(chart.documents()).isNotEmpty();
    Container container =
        chart.one(Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    if (Objects.equals(read(file).get("mode"), "simulator")) {
      SimulatorOptions.requireAccepted(chart);
    } else {
      ServerOptions.requireAccepted(container.getArgs());
    }
  }

  @ParameterizedTest
  @MethodSource("valuesFiles")
  void everyValueTheFileSetsChangesWhatIsRendered(Path file) {
    Map<String, Object> values = read(file);
    String rendered = RenderedChart.template(values).manifests();
    Map<String, Object> defaultLeaves = leaves(defaults());

    for (String path : changedLeaves(values)) {
      if (path.equals("mode")) {
        continue; // the mode changes everything; the other files show it
      }
      String withDefault = renderedOrRefusal(with(values, path, defaultLeaves.get(path)));
      assertThat(withDefault)
          .as("%s: %s has no effect", file.getFileName(), path)
          .isNotEqualTo(rendered);
    }
  }

  /** What is rendered, or the chart's refusal (a value whose default the others refuse counts). */
  private static String renderedOrRefusal(Map<String, Object> values) {
    try {
      return RenderedChart.template(values).manifests();
    } catch (IllegalStateException refused) {
      return "refused: " + refused.getMessage();
    }
  }
}

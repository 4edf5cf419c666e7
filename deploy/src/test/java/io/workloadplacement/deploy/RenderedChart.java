package io.workloadplacement.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The chart rendered by Helm's own code (helm-java, {@code helm template}), every document parsed
 * into its typed fabric8 class: a kind fabric8 does not know, or a field its class does not have,
 * fails the parse instead of passing as a generic map.
 */
record RenderedChart(String manifests, List<HasMetadata> documents) {

  static final Path CHART = Path.of("helm", "workload-placement");
  static final String RELEASE = "workload-placement";
  static final String NAMESPACE = "workload-placement";

  private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  static {
    // nothing is fetched at run time: without the native artifact helm-java fails instead
    System.setProperty("com.marcnuri.jkube-helm.skipRemoteJar", "true");
  }

  /** {@code helm template} with the chart's defaults overridden by {@code values}. */
  static RenderedChart template(Map<String, ?> values) {
    try {
      Path file = Files.createTempFile("values-", ".yaml");
      try {
        Files.writeString(file, SERIALIZATION.asYaml(values));
        return template(file);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code helm template -f valuesFile...}. */
  static RenderedChart template(Path... valuesFiles) {
    TemplateCommand template =
        new Helm(CHART).template().withName(RELEASE).withNamespace(NAMESPACE);
    for (Path file : valuesFiles) {
      template.withValuesFile(file);
    }
    String manifests = template.call();
    return new RenderedChart(manifests, parse(manifests));
  }

  /** Every YAML document of {@code manifests} as its typed class. */
  static List<HasMetadata> parse(String manifests) {
    return Arrays.stream(manifests.split("(?m)^---\\s*$"))
        .filter(document -> !document.replaceAll("(?m)^\\s*#.*$", "").isBlank())
        .map(RenderedChart::typed)
        .toList();
  }

  private static HasMetadata typed(String document) {
    HasMetadata parsed = SERIALIZATION.unmarshal(document);
    if (parsed instanceof GenericKubernetesResource generic) {
      throw new AssertionError("not a kind fabric8 types: " + generic.getKind());
    }
    requireKnownFields(parsed, parsed.getKind());
    return parsed;
  }

  /**
   * fabric8 keeps a field its class does not have in {@code additionalProperties} instead of
   * failing: a misspelt field ({@code readOnlyRootFileSystem}) would pass unseen. None may be
   * there.
   */
  private static void requireKnownFields(Object node, String path) {
    if (node instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        requireKnownFields(item, path + "[" + i++ + "]");
      }
    } else if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> requireKnownFields(value, path + "." + key));
    } else if (node != null && node.getClass().getPackageName().startsWith(MODEL_PACKAGE)) {
      for (Method getter : node.getClass().getMethods()) {
        if (getter.getParameterCount() == 0
            && getter.getName().startsWith("get")
            && getter.getDeclaringClass() != Object.class) {
          Object value = invoke(getter, node);
          if (getter.getName().equals("getAdditionalProperties")) {
            if (value instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
              throw new AssertionError("unknown fields at " + path + ": " + unknown.keySet());
            }
          } else {
            requireKnownFields(value, path + "." + getter.getName().substring(3));
          }
        }
      }
    }
  }

  private static Object invoke(Method getter, Object node) {
    try {
      return getter.invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(getter + " on " + node.getClass(), e);
    }
  }

  /** The one document of this type; fails when there is none or more than one. */
  <T extends HasMetadata> T one(Class<T> type) {
    List<T> all = all(type);
    if (all.size() != 1) {
      throw new AssertionError(
          "expected one " + type.getSimpleName() + ", rendered " + all.size() + ":\n" + manifests);
    }
    return all.get(0);
  }

  <T extends HasMetadata> List<T> all(Class<T> type) {
    return documents.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The kinds rendered, in order. */
  List<String> kinds() {
    return documents.stream().map(HasMetadata::getKind).toList();
  }
}

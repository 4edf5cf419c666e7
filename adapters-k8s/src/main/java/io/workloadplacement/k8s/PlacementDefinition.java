package io.workloadplacement.k8s;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The {@code WorkloadPlacement} CustomResourceDefinition this module ships on its classpath. */
final class PlacementDefinition {

  /** Where the CRD's YAML is on the classpath. */
  static final String RESOURCE = "kubernetes/workloadplacements.worker.kubeslice.io-v1.yml";

  /** The label that marks the definition as this project's, and its value. */
  static final String INSTALLED_BY = "workloadplacement.io/installed-by";

  static final String THIS_PROJECT = "workload-placement-api";

  private PlacementDefinition() {}

  /** True when {@code crd} carries this project's mark. */
  static boolean isOurs(CustomResourceDefinition crd) {
    Map<String, String> labels = crd.getMetadata().getLabels();
    return labels != null && THIS_PROJECT.equals(labels.get(INSTALLED_BY));
  }

  /** The CRD, parsed as fabric8 parses any manifest. */
  static CustomResourceDefinition load() {
    try (InputStream yaml =
        PlacementDefinition.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (yaml == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new KubernetesSerialization().unmarshal(yaml, CustomResourceDefinition.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

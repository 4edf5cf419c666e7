package io.workloadplacement.k8s;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.workloadplacement.domain.failure.StoreUnavailableException;

/**
 * Installs the {@code WorkloadPlacement} CRD without ever overwriting someone else's: absent, it is
 * created; present with this project's label, it is replaced at the version just read (a change in
 * between is a conflict, not overwritten); present without the label, it is refused.
 */
final class DefinitionInstaller {

  private final KubernetesClient client;

  DefinitionInstaller(KubernetesClient client) {
    this.client = client;
  }

  void install() {
    CustomResourceDefinition wanted = PlacementDefinition.load();
    String name = wanted.getMetadata().getName();
    try {
      CustomResourceDefinition existing =
          client.apiextensions().v1().customResourceDefinitions().withName(name).get();
      if (existing == null) {
        client.apiextensions().v1().customResourceDefinitions().resource(wanted).create();
        return;
      }
      if (!PlacementDefinition.isOurs(existing)) {
        throw new IllegalStateException(
            "the CustomResourceDefinition "
                + name
                + " exists and was not installed by this project (no label "
                + PlacementDefinition.INSTALLED_BY
                + "="
                + PlacementDefinition.THIS_PROJECT
                + "): refusing to change it; it may belong to the vendor's product");
      }
      wanted.getMetadata().setResourceVersion(existing.getMetadata().getResourceVersion());
      client.apiextensions().v1().customResourceDefinitions().resource(wanted).update();
    } catch (KubernetesClientException e) {
      throw new StoreUnavailableException(
          "cannot install the WorkloadPlacement CRD (HTTP " + e.getCode() + "): " + e.getMessage(),
          e);
    }
  }
}

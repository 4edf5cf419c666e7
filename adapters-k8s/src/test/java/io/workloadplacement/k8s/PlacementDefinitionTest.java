package io.workloadplacement.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionVersion;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import org.junit.jupiter.api.Test;

class PlacementDefinitionTest {

  private final CustomResourceDefinition crd = PlacementDefinition.load();

  @Test
  void theShippedCrdDeclaresExactlyTheResourceTheRepositoryUses() {
    CustomResourceDefinitionContext declared = CustomResourceDefinitionContext.fromCrd(crd);
    CustomResourceDefinitionContext used =
        CustomResourceDefinitionContext.fromCustomResourceType(WorkloadPlacementResource.class);

    assertThat(crd.getApiVersion()).isEqualTo("apiextensions.k8s.io/v1");
    assertThat(crd.getMetadata().getName()).isEqualTo("workloadplacements.worker.kubeslice.io");
    assertThat(declared.getGroup()).isEqualTo(used.getGroup()).isEqualTo("worker.kubeslice.io");
    assertThat(declared.getPlural()).isEqualTo(used.getPlural());
    assertThat(declared.getKind()).isEqualTo(used.getKind()).isEqualTo("WorkloadPlacement");
    assertThat(declared.getVersion()).isEqualTo(used.getVersion()).isEqualTo("v1alpha1");
    assertThat(declared.isNamespaceScoped()).isTrue();
    assertThat(used.isNamespaceScoped()).isTrue();
  }

  @Test
  void statusIsNotASubresourceSoOneUpdateWritesSpecAndStatus() {
    CustomResourceDefinitionVersion version = crd.getSpec().getVersions().get(0);

    assertThat(version.getSubresources()).isNull();
  }

  @Test
  void freeFormValuesAndDataKeepUnknownFields() {
    JSONSchemaProps spec =
        crd.getSpec()
            .getVersions()
            .get(0)
            .getSchema()
            .getOpenAPIV3Schema()
            .getProperties()
            .get("spec");

    JSONSchemaProps values =
        spec.getProperties()
            .get("helmConfigs")
            .getItems()
            .getSchema()
            .getProperties()
            .get("values");
    JSONSchemaProps data =
        spec.getProperties()
            .get("manifestResources")
            .getItems()
            .getSchema()
            .getProperties()
            .get("data");
    assertThat(values.getXKubernetesPreserveUnknownFields()).isTrue();
    assertThat(data.getXKubernetesPreserveUnknownFields()).isTrue();
  }
}

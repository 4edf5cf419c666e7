package io.workloadplacement.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.HashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link KubernetesStore#installDefinition()} creates the CRD, updates its own, never forces, and
 * leaves alone a definition of the same name that this project did not install.
 */
class DefinitionInstallerTest {

  private final AnswerLosingDispatcher dispatcher = new AnswerLosingDispatcher();
  private final MockApiServer api = MockApiServer.crudWithoutDefinition(dispatcher);
  private final KubernetesStore store = new KubernetesStore(api.client(), "ns");
  private final Resource<CustomResourceDefinition> definition =
      api.client()
          .apiextensions()
          .v1()
          .customResourceDefinitions()
          .withName("workloadplacements.worker.kubeslice.io");

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void anAbsentDefinitionIsCreatedWithThisProjectsMark() {
    store.installDefinition();

    CustomResourceDefinition installed = definition.get();
    assertThat(installed.getMetadata().getLabels())
        .containsEntry("workloadplacement.io/installed-by", "workload-placement-api");
    assertThat(installed.getSpec()).isEqualTo(PlacementDefinition.load().getSpec());
    assertThat(dispatcher.count("PATCH")).isZero();
  }

  @Test
  void itsOwnDefinitionIsBroughtUpToDateWithoutForce() {
    CustomResourceDefinition older = PlacementDefinition.load();
    older.getSpec().getNames().setShortNames(java.util.List.of("old"));
    api.client().resource(older).create();

    store.installDefinition();

    assertThat(definition.get().getSpec().getNames().getShortNames()).containsExactly("wp");
    assertThat(dispatcher.count("PATCH")).isZero();
  }

  @Test
  void aDefinitionOfTheSameNameThatThisProjectDidNotInstallIsRefusedAndLeftAlone() {
    CustomResourceDefinition theirs = PlacementDefinition.load();
    theirs.getMetadata().setLabels(new HashMap<>());
    theirs.getSpec().getNames().setShortNames(java.util.List.of("vendor"));
    api.client().resource(theirs).create();
    int writesBefore = dispatcher.count("PUT") + dispatcher.count("PATCH");

    assertThatThrownBy(store::installDefinition)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("was not installed by this project");

    assertThat(definition.get().getSpec().getNames().getShortNames()).containsExactly("vendor");
    assertThat(dispatcher.count("PUT") + dispatcher.count("PATCH")).isEqualTo(writesBefore);
  }
}

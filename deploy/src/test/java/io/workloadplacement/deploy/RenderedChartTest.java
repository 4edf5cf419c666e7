package io.workloadplacement.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** The parse every rendered document goes through fails on what the typed classes do not know. */
class RenderedChartTest {

  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: demo
      spec:
        template:
          spec:
            containers:
              - name: demo
                securityContext:
                  %s: true
      """;

  @Test
  void aKnownFieldParsesIntoItsType() {
    assertThat(RenderedChart.parse("---\n" + DEPLOYMENT.formatted("readOnlyRootFilesystem")))
        .singleElement()
        .isInstanceOf(Deployment.class);
  }

  @Test
  void aMisspeltFieldIsRefusedWithItsPath() {
    assertThatThrownBy(() -> RenderedChart.parse(DEPLOYMENT.formatted("readOnlyRootFileSystem")))
        .hasMessageContaining("unknown fields at Deployment.Spec.Template.Spec.Containers[0]")
        .hasMessageContaining("readOnlyRootFileSystem");
  }

  @Test
  void aKindFabric8DoesNotTypeIsRefused() {
    assertThatThrownBy(
            () ->
                RenderedChart.parse(
                    "apiVersion: example.com/v1\nkind: Gadget\nmetadata:\n  name: g\n"))
        .hasMessageContaining("not a kind fabric8 types: Gadget");
  }
}

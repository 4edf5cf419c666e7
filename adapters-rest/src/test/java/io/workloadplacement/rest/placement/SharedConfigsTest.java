package io.workloadplacement.rest.placement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.rest.json.JsonMapping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bodies that repeat a config share one instance of it, in a bounded table. */
class SharedConfigsTest {

  private static final String BODY =
      """
      {"workspaceName": "abc", "name": "%s", "clusters": ["worker-1"],
       "helmConfigs": [{"chart": "vaidio/cuda", "releaseName": "cuda",
         "releaseNamespace": "bookinfo", "repoName": "vaidio",
         "repoURL": "https://charts.example.com/", "values": %s}],
       "manifestResources": [{"name": "cm", "namespace": "bookinfo", "apiVersion": "v1",
         "kind": "ConfigMap", "data": {"a": "1", "b": "2"}}],
       "cmdExec": [{"name": "ns", "cmd": "kubectl get pods"}],
       "steps": [{"name": "cuda", "type": "helm"}]}
      """;

  private final SharedConfigs shared = new SharedConfigs();

  @Test
  void twoBodiesFromOneTemplateShareTheirConfigs() {
    PlacementDraft first = draft("first", "{\"replicaCount\": 2, \"image\": {\"tag\": \"v1\"}}");
    PlacementDraft second = draft("second", "{\"replicaCount\": 2, \"image\": {\"tag\": \"v1\"}}");

    assertThat(second.name()).isNotEqualTo(first.name());
    assertThat(second.clusters()).isSameAs(first.clusters());
    assertThat(second.helmConfigs()).isSameAs(first.helmConfigs());
    assertThat(second.manifestResources()).isSameAs(first.manifestResources());
    assertThat(second.cmdExec()).isSameAs(first.cmdExec());
    // the texts inside are shared too (the parser's canonical texts)
    assertThat(second.steps().get(0).name()).isSameAs(first.steps().get(0).name());
  }

  @Test
  void equalObjectsInAnotherMemberOrderAreNotShared() {
    PlacementDraft first = draft("first", "{\"replicaCount\": 2, \"image\": \"a\"}");
    PlacementDraft second = draft("second", "{\"image\": \"a\", \"replicaCount\": 2}");

    assertThat(second.helmConfigs()).isEqualTo(first.helmConfigs());
    assertThat(second.helmConfigs()).isNotSameAs(first.helmConfigs());
    assertThat(first.helmConfigs().get(0).values().keySet())
        .containsExactly("replicaCount", "image");
    assertThat(second.helmConfigs().get(0).values().keySet())
        .containsExactly("image", "replicaCount");
  }

  @Test
  void differentConfigsAreNotShared() {
    PlacementDraft first = draft("first", "{\"replicaCount\": 2}");
    PlacementDraft second = draft("second", "{\"replicaCount\": 3}");

    assertThat(second.helmConfigs().get(0).values()).containsEntry("replicaCount", 3);
    assertThat(first.helmConfigs().get(0).values()).containsEntry("replicaCount", 2);
    assertThat(second.manifestResources()).isSameAs(first.manifestResources());
  }

  @Test
  void aListWithANullElementIsLeftForValidation() {
    List<CommandExecution> withNull =
        new ArrayList<>(Arrays.asList(new CommandExecution("a", "b"), null));

    assertThat(shared.list(withNull)).isSameAs(withNull);
    assertThat(shared.list(null)).isNull();
  }

  @Test
  void uniqueConfigsDoNotGrowItPastItsSlots() {
    CommandExecution repeated = shared.share(new CommandExecution("ns", "kubectl get pods"));
    for (int i = 0; i < 20 * SharedConfigs.SLOTS; i++) {
      shared.list(List.of(new CommandExecution("unique-" + i, "true")));
    }

    assertThat(shared.held()).isLessThanOrEqualTo(SharedConfigs.SLOTS);
    // a config sent again after all those takes its slot back: the next one shares it
    CommandExecution again = shared.share(new CommandExecution("ns", "kubectl get pods"));
    assertThat(shared.share(new CommandExecution("ns", "kubectl get pods"))).isSameAs(again);
    assertThat(again).isEqualTo(repeated);
  }

  private static PlacementDraft draft(String name, String values) {
    try {
      ObjectNode body =
          (ObjectNode) JsonMapping.objectMapper().readTree(BODY.formatted(name, values));
      PlacementRequestReader.Result read = PlacementRequestReader.read(body, Set.of());
      assertThat(read.typeErrors()).isEmpty();
      assertThat(read.unknownFields()).isEmpty();
      return read.request().toDraft();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}

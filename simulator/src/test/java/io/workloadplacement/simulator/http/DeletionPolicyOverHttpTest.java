package io.workloadplacement.simulator.http;

import static io.workloadplacement.simulator.server.HttpSim.API;
import static io.workloadplacement.simulator.server.Json.SEED_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.simulator.server.HttpSim;
import io.workloadplacement.simulator.server.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What deletionPolicy leaves on the clusters, as {@code /sim/v1/clusters} shows it. */
class DeletionPolicyOverHttpTest {

  @Test
  void deleteRemovesWhatTheStepsDeployedWhenThePlacementIsDeleted() {
    try (HttpSim sim = HttpSim.open()) {
      JsonNode before = deployHelmThenDelete(sim, "Delete");

      assertThat(names(before.path("helmReleases"))).containsExactly("cuda");
      JsonNode after = sim.cluster("worker-1");
      assertThat(after.path("helmReleases")).isEmpty();
      assertThat(after.path("namespaces")).isEmpty();
      assertThat(after.path("gpusInUse").asInt()).isZero();
      // the command log is a log: what ran stays in it
      assertThat(after.path("commandLog").get(0).path("cmd").asText())
          .isEqualTo("kubectl get pods -n bookinfo");
    }
  }

  @Test
  void retainKeepsWhatTheStepsDeployedWhenThePlacementIsDeleted() {
    try (HttpSim sim = HttpSim.open()) {
      deployHelmThenDelete(sim, "Retain");

      JsonNode after = sim.cluster("worker-1");
      assertThat(names(after.path("helmReleases"))).containsExactly("cuda");
      assertThat(after.path("helmReleases").get(0).path("owner").asText()).isEqualTo(SEED_NAME);
      assertThat(names(after.path("namespaces"))).containsExactly("bookinfo");
      assertThat(after.path("gpusInUse").asInt()).isZero();
    }
  }

  @Test
  void deleteRemovesWhatTheStepsDeployedWhenTheBurstCompletes() {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seed(SEED_NAME, "abc", List.of("worker-1"), "1m", "Delete"));
      sim.advance("30s");
      JsonNode running = sim.cluster("worker-1");
      assertThat(names(running.path("helmReleases"))).containsExactly("cuda");
      assertThat(names(running.path("manifests"))).containsExactly("sample-configmap");

      sim.advance("1m");

      assertThat(sim.status(SEED_NAME)).isEqualTo("Completed");
      JsonNode after = sim.cluster("worker-1");
      assertThat(after.path("helmReleases")).isEmpty();
      assertThat(after.path("manifests")).isEmpty();
      assertThat(after.path("gpusInUse").asInt()).isZero();
    }
  }

  @Test
  void retainKeepsWhatTheStepsDeployedWhenTheBurstCompletes() {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seed(SEED_NAME, "abc", List.of("worker-1"), "1m", "Retain"));
      sim.advance("90s");

      assertThat(sim.status(SEED_NAME)).isEqualTo("Completed");
      JsonNode after = sim.cluster("worker-1");
      assertThat(names(after.path("helmReleases"))).containsExactly("cuda");
      assertThat(names(after.path("manifests"))).containsExactly("sample-configmap");
      assertThat(after.path("gpusInUse").asInt()).isZero();
    }
  }

  /** Runs the seed until its helm step is done, deletes it while InProgress; the cluster before. */
  private static JsonNode deployHelmThenDelete(HttpSim sim, String policy) {
    sim.create(Json.seed(SEED_NAME, "abc", List.of("worker-1"), "15m", policy));
    sim.advance("29s");
    assertThat(sim.status(SEED_NAME)).isEqualTo("InProgress");
    JsonNode before = sim.cluster("worker-1");
    assertThat(sim.delete(API + "/" + SEED_NAME).status()).isEqualTo(200);
    return before;
  }

  private static List<String> names(JsonNode items) {
    return items.findValuesAsText("name");
  }
}

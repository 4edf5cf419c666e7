package io.workloadplacement.simulator.http;

import static io.workloadplacement.simulator.http.ClockAndResetRoutesTest.assertValidation;
import static io.workloadplacement.simulator.http.LifecycleOverHttpTest.conditions;
import static io.workloadplacement.simulator.server.HttpSim.API;
import static io.workloadplacement.simulator.server.Json.SEED_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.simulator.server.HttpSim;
import io.workloadplacement.simulator.server.Json;
import io.workloadplacement.simulator.server.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /sim/v1/clusters}, status jumps and timelines. */
class ClusterAndPlacementControlTest {

  private static final String ONE_GPU =
      """
      workspaces:
        - name: abc
          clusters:
            - name: worker-1
              gpus: 1
            - name: worker-2
              gpus: 4
      """;

  @Test
  void clustersShowCapacityHoldersResourcesAndCommands() {
    try (HttpSim sim = HttpSim.withTopology(ONE_GPU)) {
      sim.create(Json.seed());
      sim.advance("30s");

      List<String> names = sim.get("/sim/v1/clusters").data().findValuesAsText("name");
      assertThat(names).contains("worker-1", "worker-2");
      JsonNode cluster = sim.cluster("worker-1");
      assertThat(cluster.path("workspaces").get(0).asText()).isEqualTo("abc");
      assertThat(cluster.path("gpuCapacity").asInt()).isEqualTo(1);
      assertThat(cluster.path("gpusInUse").asInt()).isEqualTo(1);
      assertThat(cluster.path("gpusFree").asInt()).isZero();
      JsonNode release = cluster.path("helmReleases").get(0);
      assertThat(release.path("chart").asText()).isEqualTo("vaidio/cuda");
      assertThat(release.path("values").path("replicaCount").asInt()).isEqualTo(2);
      assertThat(release.path("owner").asText()).isEqualTo(SEED_NAME);
      assertThat(cluster.path("manifests").get(0).path("kind").asText()).isEqualTo("ConfigMap");
      // a command is logged when its step ends: provisioning ends at 12s, the command takes 2s
      assertThat(cluster.path("commandLog").get(0).path("at").asText())
          .isEqualTo(HttpSim.T0.plusSeconds(14).toString());
    }
  }

  @Test
  void anUnknownClusterIsA404() {
    try (HttpSim sim = HttpSim.open()) {
      Reply reply = sim.get("/sim/v1/clusters/nowhere");

      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.errorKey()).isEqualTo("ClusterNotFound");
      assertThat(reply.nestedError().path("Message").asText())
          .isEqualTo("Cluster with name 'nowhere' not found");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Queued", "InProgress", "Successful", "Completed", "Failed"})
  void aJumpSetsStatusConditionsAndClustersConsistently(String status) {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seed());

      Reply reply =
          sim.put(
              "/sim/v1/placements/" + SEED_NAME + "/status",
              "{\"provisioningStatus\": \"" + status + "\"}");

      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.header("ETag")).isEqualTo(sim.get(API + "/" + SEED_NAME).header("ETag"));
      // the answer is the placement exactly as GET shows it
      assertThat(reply.data()).isEqualTo(sim.placement(SEED_NAME));
      assertThat(sim.status(SEED_NAME)).isEqualTo(status);
      JsonNode cluster = sim.cluster("worker-1");
      boolean holdsGpu =
          status.equals("Queued") || status.equals("InProgress") || status.equals("Successful");
      assertThat(cluster.path("gpusInUse").asInt()).isEqualTo(holdsGpu ? 1 : 0);
      if (status.equals("Successful")) {
        assertThat(conditions(reply.data()))
            .contains("HelmInstallComplete=True/HelmInstallSucceeded");
        assertThat(cluster.path("helmReleases")).hasSize(1);
      }
      JsonNode timeline = sim.get("/sim/v1/placements/" + SEED_NAME + "/timeline").data();
      JsonNode last = timeline.path("entries").get(timeline.path("entries").size() - 1);
      assertThat(last.path("kind").asText()).isEqualTo("JUMPED");
      assertThat(last.path("to").asText()).isEqualTo(status);
    }
  }

  @Test
  void theLifecycleCarriesOnAfterAJump() {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seed());
      sim.put(
          "/sim/v1/placements/" + SEED_NAME + "/status",
          "{\"provisioningStatus\": \"Successful\"}");

      sim.advance("15m");

      assertThat(sim.status(SEED_NAME)).isEqualTo("Completed");
    }
  }

  @Test
  void aJumpNeedingAGpuNoneHasFreeIsA409() {
    try (HttpSim sim = HttpSim.withTopology(ONE_GPU)) {
      sim.create(Json.seedNamed("first"));
      sim.create(Json.seedNamed("second"));
      assertThat(
              sim.put("/sim/v1/placements/first/status", "{\"provisioningStatus\": \"InProgress\"}")
                  .status())
          .isEqualTo(200);

      Reply refused =
          sim.put("/sim/v1/placements/second/status", "{\"provisioningStatus\": \"InProgress\"}");

      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.errorKey()).isEqualTo("InsufficientGpus");
      assertThat(sim.status("second")).isEqualTo("Pending");
    }
  }

  @Test
  void jumpsAndTimelinesOfAnUnknownPlacementAreTheContracts404() {
    try (HttpSim sim = HttpSim.open()) {
      for (Reply reply :
          List.of(
              sim.put("/sim/v1/placements/nope/status", "{\"provisioningStatus\": \"Queued\"}"),
              sim.get("/sim/v1/placements/nope/timeline"))) {
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("error").path("message").asText())
            .isEqualTo("Workload Placement not found");
        assertThat(reply.nestedError().path("Message").asText())
            .isEqualTo("WorkloadPlacement with name 'nope' not found");
      }
    }
  }

  @Test
  void aBadStatusIsA400() {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seed());
      String path = "/sim/v1/placements/" + SEED_NAME + "/status";

      assertValidation(
          sim.put(path, "{\"provisioningStatus\": \"successful\"}"), "provisioningStatus");
      assertValidation(sim.put(path, "{}"), "provisioningStatus");
      assertValidation(sim.put(path, "{\"status\": \"Queued\"}"), "status");
    }
  }

  @Test
  void aTimelineShowsEveryTransitionSoFarAndTheNextWithItsDueTime() {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seed());
      sim.advance("14s");

      JsonNode timeline = sim.get("/sim/v1/placements/" + SEED_NAME + "/timeline").data();

      assertThat(timeline.path("entries").findValuesAsText("kind"))
          .containsExactly("CREATED", "TRANSITION", "TRANSITION", "STEP");
      assertThat(timeline.path("next").path("due").asText())
          .isEqualTo(HttpSim.T0.plusSeconds(29).toString());
      assertThat(timeline.path("next").path("description").asText()).contains("cuda");
    }
  }
}

package io.workloadplacement.simulator.http;

import static io.workloadplacement.simulator.server.HttpSim.API;
import static io.workloadplacement.simulator.server.HttpSim.T0;
import static io.workloadplacement.simulator.server.Json.SEED_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.simulator.server.HttpSim;
import io.workloadplacement.simulator.server.Json;
import io.workloadplacement.simulator.server.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifecycle end to end over HTTP, on a manual clock moved by the control API. */
class LifecycleOverHttpTest {

  @Test
  void theSeedGoesThroughEveryStatusAndPhaseInOrderOnTheDefaultTimings() {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seed());
      List<String> seen = new ArrayList<>();
      seen.add(statusAndPhase(sim.placement(SEED_NAME)));

      sim.advance("2s"); // admission
      seen.add(statusAndPhase(sim.placement(SEED_NAME)));
      assertThat(sim.cluster("worker-1").path("gpuHolders").get(0).asText()).isEqualTo(SEED_NAME);

      sim.advance("10s"); // provisioning
      JsonNode deploying = sim.placement(SEED_NAME);
      seen.add(statusAndPhase(deploying));
      assertThat(decision(deploying, "worker-1").path("currentStep").asText())
          .isEqualTo("create-namespace");

      sim.advance("2s"); // command
      assertThat(decision(sim.placement(SEED_NAME), "worker-1").path("currentStep").asText())
          .isEqualTo("cuda");
      sim.advance("15s"); // helm
      assertThat(decision(sim.placement(SEED_NAME), "worker-1").path("currentStep").asText())
          .isEqualTo("sample-configmap");
      sim.advance("1s"); // manifest
      JsonNode running = sim.placement(SEED_NAME);
      seen.add(statusAndPhase(running));
      assertThat(conditions(running))
          .containsExactlyInAnyOrder(
              "CommandExecuted=True/CommandSucceeded",
              "HelmInstallComplete=True/HelmInstallSucceeded",
              "ManifestApplied=True/ManifestApplySucceeded");
      JsonNode timeline = sim.get("/sim/v1/placements/" + SEED_NAME + "/timeline").data();
      assertThat(timeline.path("next").path("due").asText())
          .isEqualTo(T0.plusSeconds(30 + 15 * 60).toString());

      sim.advance("15m"); // the burst
      seen.add(statusAndPhase(sim.placement(SEED_NAME)));

      assertThat(seen)
          .containsExactly(
              "Pending/Pending",
              "Queued/Queued",
              "InProgress/Deploying",
              "Successful/Running",
              "Completed/Completed");
      timeline = sim.get("/sim/v1/placements/" + SEED_NAME + "/timeline").data();
      assertThat(transitions(timeline))
          .containsExactly(
              "Pending->Queued@" + T0.plusSeconds(2),
              "Queued->InProgress@" + T0.plusSeconds(12),
              "InProgress->Successful@" + T0.plusSeconds(30),
              "Successful->Completed@" + T0.plusSeconds(30 + 900));
      assertThat(timeline.path("next").isNull()).isTrue();
    }
  }

  @Test
  void aMultiClusterPlacementSucceedsOnlyWhenEveryClusterHas() {
    try (HttpSim sim = HttpSim.open()) {
      // worker-2's helm step takes 10s longer than worker-1's
      sim.faults(
          """
          [{"match": {"cluster": "worker-2", "stepType": "helm"},
            "effect": {"type": "latency", "latency": "10s"}}]""");
      sim.create(Json.seed(SEED_NAME, "abc", List.of("worker-1", "worker-2"), "15m", "Delete"));

      sim.advance("30s");
      JsonNode halfway = sim.placement(SEED_NAME);
      assertThat(statusAndPhase(halfway)).isEqualTo("InProgress/Deploying");
      assertThat(decision(halfway, "worker-1").path("stepResults")).hasSize(3);
      assertThat(decision(halfway, "worker-2").path("stepResults")).hasSize(1);

      sim.advance("10s");
      JsonNode done = sim.placement(SEED_NAME);
      assertThat(statusAndPhase(done)).isEqualTo("Successful/Running");
      for (String cluster : List.of("worker-1", "worker-2")) {
        assertThat(decision(done, cluster).path("stepResults").findValuesAsText("success"))
            .containsOnly("true");
      }
    }
  }

  @Test
  void aFaultOnOneStepOfOneClusterFailsThePlacementWithTheStepsCondition() {
    try (HttpSim sim = HttpSim.open()) {
      sim.faults(
          """
          [{"match": {"placement": "bookinfo-*", "cluster": "worker-2", "stepType": "helm"},
            "effect": {"type": "failStep", "reason": "ImagePullBackOff",
                       "message": "image vaidio/cuda not found"}}]""");
      sim.create(Json.seed(SEED_NAME, "abc", List.of("worker-1", "worker-2"), "15m", "Delete"));

      sim.advance("29s"); // the helm steps end at 12s + 2s + 15s
      JsonNode failed = sim.placement(SEED_NAME);

      assertThat(statusAndPhase(failed)).isEqualTo("Failed/Failed");
      assertThat(conditions(failed)).contains("HelmInstallComplete=False/HelmInstallFailed");
      JsonNode helm = condition(failed, "HelmInstallComplete");
      assertThat(helm.path("message").asText())
          .contains("ImagePullBackOff")
          .contains("image vaidio/cuda not found");
      JsonNode onWorker2 = decision(failed, "worker-2").path("stepResults");
      assertThat(onWorker2.get(onWorker2.size() - 1).path("success").asBoolean()).isFalse();
      assertThat(sim.get("/sim/v1/faults").data().path("rules").get(0).path("fired").asInt())
          .isEqualTo(1);
      // a failed placement holds no GPU
      assertThat(sim.cluster("worker-2").path("gpusInUse").asInt()).isZero();
    }
  }

  @Test
  void gpuExhaustionKeepsAPlacementQueuedUntilAnotherCompletes() {
    try (HttpSim sim =
        HttpSim.withTopology(
            """
            workspaces:
              - name: abc
                clusters:
                  - name: worker-1
                    gpus: 1
            """)) {
      sim.create(Json.seed("first", "abc", List.of("worker-1"), "1m", "Delete"));
      sim.advance("1s");
      sim.create(Json.seed("second", "abc", List.of("worker-1"), "1m", "Delete"));

      sim.advance("29s"); // first is Successful at 30s
      assertThat(sim.status("first")).isEqualTo("Successful");
      assertThat(sim.status("second")).isEqualTo("Queued");
      JsonNode waiting = sim.get("/sim/v1/placements/second/timeline").data();
      assertThat(waiting.path("waitingForGpusOn").get(0).asText()).isEqualTo("worker-1");
      assertThat(sim.cluster("worker-1").path("gpuHolders").toString()).isEqualTo("[\"first\"]");

      sim.advance("59s");
      assertThat(sim.status("second")).isEqualTo("Queued");
      sim.advance("1s"); // first's burst ends at 90s and frees the GPU
      assertThat(sim.status("first")).isEqualTo("Completed");
      assertThat(sim.cluster("worker-1").path("gpuHolders").toString()).isEqualTo("[\"second\"]");
      sim.advance("10s"); // provisioning
      assertThat(sim.status("second")).isEqualTo("InProgress");
      sim.advance("18s");
      assertThat(sim.status("second")).isEqualTo("Successful");
    }
  }

  @Test
  void aNewBurstDurationWhileRunningMovesTheEnd() {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seed());
      sim.advance("30s");
      assertThat(sim.status(SEED_NAME)).isEqualTo("Successful");

      Reply shorter = sim.put(API + "/" + SEED_NAME, "{\"burstDuration\": \"5m\"}");
      assertThat(shorter.status()).isEqualTo(200);
      assertThat(
              sim.get("/sim/v1/placements/" + SEED_NAME + "/timeline")
                  .data()
                  .path("next")
                  .path("due")
                  .asText())
          .isEqualTo(T0.plusSeconds(30 + 300).toString());
      sim.advance("4m59s");
      assertThat(sim.status(SEED_NAME)).isEqualTo("Successful");
      sim.advance("1s");
      assertThat(sim.status(SEED_NAME)).isEqualTo("Completed");
    }
  }

  @Test
  void aBurstDurationAlreadyPastEndsTheBurstAtOnce() {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seed());
      sim.advance("30s");
      sim.advance("2m");

      assertThat(sim.put(API + "/" + SEED_NAME, "{\"burstDuration\": \"1m\"}").status())
          .isEqualTo(200);

      assertThat(sim.status(SEED_NAME)).isEqualTo("Completed");
    }
  }

  static String statusAndPhase(JsonNode placement) {
    JsonNode status = placement.path("status");
    return status.path("provisioningStatus").asText() + "/" + status.path("phase").asText();
  }

  static JsonNode decision(JsonNode placement, String cluster) {
    for (JsonNode d : placement.path("status").path("clusterPlacementDecisions")) {
      if (d.path("clusterName").asText().equals(cluster)) {
        return d;
      }
    }
    throw new AssertionError("no decision for " + cluster + " in " + placement);
  }

  static List<String> conditions(JsonNode placement) {
    List<String> all = new ArrayList<>();
    placement
        .path("status")
        .path("conditions")
        .forEach(
            c ->
                all.add(
                    c.path("type").asText()
                        + "="
                        + c.path("status").asText()
                        + "/"
                        + c.path("reason").asText()));
    return all;
  }

  static JsonNode condition(JsonNode placement, String type) {
    for (JsonNode c : placement.path("status").path("conditions")) {
      if (c.path("type").asText().equals(type)) {
        return c;
      }
    }
    throw new AssertionError("no condition " + type + " in " + placement);
  }

  private static List<String> transitions(JsonNode timeline) {
    List<String> all = new ArrayList<>();
    timeline
        .path("entries")
        .forEach(
            e -> {
              if (e.path("kind").asText().equals("TRANSITION")) {
                all.add(
                    e.path("from").asText()
                        + "->"
                        + e.path("to").asText()
                        + "@"
                        + e.path("at").asText());
              }
            });
    return all;
  }
}

package io.workloadplacement.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.simulator.server.HttpSim;
import io.workloadplacement.simulator.server.Reply;
import org.junit.jupiter.api.Test;

/** {@code GET|PUT|POST|DELETE /sim/v1/faults}. */
class FaultRoutesTest {

  private static final String TWO_RULES =
      """
      {"rules": [
        {"match": {"placement": "bookinfo-*", "cluster": "worker-2", "stepType": "helm"},
         "effect": {"type": "failStep", "reason": "ImagePullBackOff", "message": "not found"},
         "probability": 0.5, "times": 2},
        {"match": {"operation": "list"},
         "effect": {"type": "respond", "status": 500, "message": "kubernetes API timeout"}}
      ]}""";

  @Test
  void putReplacesTheRulesAndGetShowsThemInOrderWithCounters() {
    try (HttpSim sim = HttpSim.open()) {
      Reply put = sim.put("/sim/v1/faults", TWO_RULES);
      assertThat(put.status()).as(put.body()).isEqualTo(200);

      JsonNode rules = sim.get("/sim/v1/faults").data().path("rules");

      assertThat(rules).hasSize(2);
      JsonNode first = rules.get(0);
      assertThat(first.path("match").path("cluster").asText()).isEqualTo("worker-2");
      assertThat(first.path("match").has("operation")).isFalse();
      assertThat(first.path("effect").path("reason").asText()).isEqualTo("ImagePullBackOff");
      assertThat(first.path("probability").asDouble()).isEqualTo(0.5);
      assertThat(first.path("fired").asInt()).isZero();
      assertThat(first.path("remaining").asInt()).isEqualTo(2);
      assertThat(rules.get(1).path("effect").path("status").asInt()).isEqualTo(500);
      assertThat(rules.get(1).path("remaining").isNull()).isTrue();
    }
  }

  @Test
  void whatGetShowsCanBePutBack() {
    try (HttpSim sim = HttpSim.open()) {
      sim.put("/sim/v1/faults", TWO_RULES);
      JsonNode shown = sim.get("/sim/v1/faults").data();

      Reply again = sim.put("/sim/v1/faults", shown.toString());

      assertThat(again.status()).as(again.body()).isEqualTo(200);
      assertThat(again.data()).isEqualTo(shown);
    }
  }

  @Test
  void postAppendsAndDeleteRemovesEveryRule() {
    try (HttpSim sim = HttpSim.open()) {
      sim.put("/sim/v1/faults", TWO_RULES);

      Reply added =
          sim.post("/sim/v1/faults", "{\"effect\": {\"type\": \"latency\", \"latency\": \"2s\"}}");
      assertThat(added.data().path("rules")).hasSize(3);
      assertThat(added.data().path("rules").get(2).path("effect").path("latency").asText())
          .isEqualTo("2s");

      Reply cleared = sim.delete("/sim/v1/faults");
      assertThat(cleared.status()).isEqualTo(200);
      assertThat(sim.get("/sim/v1/faults").data().path("rules")).isEmpty();
    }
  }

  @Test
  void aBadRuleIsA400NamingItsPathAndChangesNothing() {
    try (HttpSim sim = HttpSim.open()) {
      sim.put("/sim/v1/faults", TWO_RULES);

      assertField(
          sim.put(
              "/sim/v1/faults",
              "{\"rules\": [{\"effect\": {\"type\": \"latency\", \"latency\": \"1s\"}},"
                  + " {\"effect\": {\"type\": \"explode\"}}]}"),
          "rules[1].effect.type");
      assertField(
          sim.put(
              "/sim/v1/faults",
              "{\"rules\": [{\"match\": {\"operation\": \"watch\"},"
                  + " \"effect\": {\"type\": \"respond\", \"status\": 503}}]}"),
          "rules[0].match.operation");
      assertField(
          sim.put(
              "/sim/v1/faults",
              "{\"rules\": [{\"match\": {\"operation\": \"get\"},"
                  + " \"effect\": {\"type\": \"failStep\"}}]}"),
          "rules[0].effect.type");
      assertField(
          sim.put(
              "/sim/v1/faults",
              "{\"rules\": [{\"effect\": {\"type\": \"respond\", \"status\": 200}}]}"),
          "rules[0].effect");
      assertField(
          sim.put(
              "/sim/v1/faults",
              "{\"rules\": [{\"effect\": {\"type\": \"respond\", \"status\": \"500\"}}]}"),
          "rules[0].effect.status");
      assertField(
          sim.put(
              "/sim/v1/faults",
              "{\"rules\": [{\"effect\": {\"type\": \"latency\", \"latency\": \"1s\"},"
                  + " \"probability\": 2}]}"),
          "rules[0].probability");
      assertField(
          sim.put(
              "/sim/v1/faults",
              "{\"rules\": [{\"effect\": {\"type\": \"latency\", \"latency\": \"1s\"},"
                  + " \"times\": 1.5}]}"),
          "rules[0].times");
      assertField(
          sim.put(
              "/sim/v1/faults",
              "{\"rules\": [{\"effect\": {\"type\": \"latency\"}," + " \"when\": \"now\"}]}"),
          "rules[0].when");
      assertField(sim.put("/sim/v1/faults", "{}"), "rules");
      assertField(
          sim.post("/sim/v1/faults", "{\"effect\": {\"type\": \"latency\"}}"), "effect.latency");

      assertThat(sim.get("/sim/v1/faults").data().path("rules")).hasSize(2);
    }
  }

  private static void assertField(Reply reply, String field) {
    ClockAndResetRoutesTest.assertValidation(reply, field);
  }
}

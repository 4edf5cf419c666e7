package io.workloadplacement.simulator.http;

import static io.workloadplacement.simulator.server.HttpSim.API;
import static io.workloadplacement.simulator.server.HttpSim.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.simulator.server.HttpSim;
import io.workloadplacement.simulator.server.Json;
import io.workloadplacement.simulator.server.Reply;
import org.junit.jupiter.api.Test;

/** {@code /sim/v1/clock}, {@code /sim/v1/clock/advance} and {@code /sim/v1/reset}. */
class ClockAndResetRoutesTest {

  @Test
  void theClockShowsTimeModeAndSpeed() {
    try (HttpSim sim = HttpSim.open()) {
      Reply reply = sim.get("/sim/v1/clock");

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().path("message").asText()).isEqualTo("Success");
      assertThat(reply.data().path("now").asText()).isEqualTo(T0.toString());
      assertThat(reply.data().path("mode").asText()).isEqualTo("manual");
      assertThat(reply.data().path("speed").asDouble()).isEqualTo(1.0);
    }
  }

  @Test
  void advanceMovesTheClockAndAnswersTheNewTime() {
    try (HttpSim sim = HttpSim.open()) {
      assertThat(sim.advance("90s").path("now").asText()).isEqualTo(T0.plusSeconds(90).toString());
      assertThat(sim.advance("1m30s").path("now").asText())
          .isEqualTo(T0.plusSeconds(180).toString());
      assertThat(sim.advance("500ms").path("now").asText())
          .isEqualTo(T0.plusMillis(180_500).toString());
    }
  }

  @Test
  void putChangesModeAndSpeedAndKeepsWhatIsLeftOut() {
    try (HttpSim sim = HttpSim.open()) {
      Reply speed = sim.put("/sim/v1/clock", "{\"speed\": 60}");
      assertThat(speed.status()).isEqualTo(200);
      assertThat(speed.data().path("mode").asText()).isEqualTo("manual");
      assertThat(speed.data().path("speed").asDouble()).isEqualTo(60.0);

      Reply realtime = sim.put("/sim/v1/clock", "{\"mode\": \"realtime\"}");
      assertThat(realtime.data().path("mode").asText()).isEqualTo("realtime");
      assertThat(realtime.data().path("speed").asDouble()).isEqualTo(60.0);

      Reply back = sim.put("/sim/v1/clock", "{\"mode\": \"manual\", \"speed\": 1}");
      assertThat(back.data().path("mode").asText()).isEqualTo("manual");
    }
  }

  @Test
  void badClockBodiesAre400sNamingTheField() {
    try (HttpSim sim = HttpSim.open()) {
      assertValidation(sim.put("/sim/v1/clock", "{\"mode\": \"warp\"}"), "mode");
      assertValidation(sim.put("/sim/v1/clock", "{\"speed\": 0}"), "speed");
      assertValidation(sim.put("/sim/v1/clock", "{\"speed\": \"fast\"}"), "speed");
      assertValidation(sim.put("/sim/v1/clock", "{\"mode\": \"manual\", \"extra\": 1}"), "extra");
      assertValidation(sim.post("/sim/v1/clock/advance", "{\"duration\": \"soon\"}"), "duration");
      assertValidation(sim.post("/sim/v1/clock/advance", "{}"), "duration");
      assertValidation(sim.post("/sim/v1/clock/advance", "{\"duration\": 90}"), "duration");

      Reply malformed = sim.post("/sim/v1/clock/advance", "{\"duration\": ");
      assertThat(malformed.status()).isEqualTo(400);
      assertThat(malformed.errorKey()).isEqualTo("MalformedJson");
      Reply empty = sim.post("/sim/v1/clock/advance", "");
      assertThat(empty.errorKey()).isEqualTo("MalformedJson");
      Reply notJson =
          sim.send("POST", "/sim/v1/clock/advance", "duration=1s", "Content-Type", "text/plain");
      assertThat(notJson.status()).isEqualTo(415);
      assertThat(sim.get("/sim/v1/clock").data().path("now").asText()).isEqualTo(T0.toString());
    }
  }

  @Test
  void resetEmptiesStoreClustersAndFaultsAndRewindsTheClock() {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seed());
      sim.advance("30s");
      sim.faults("[{\"effect\": {\"type\": \"latency\", \"latency\": \"1s\"}}]");
      assertThat(sim.cluster("worker-1").path("helmReleases")).hasSize(1);

      Reply reset = sim.post("/sim/v1/reset", null);

      assertThat(reset.status()).isEqualTo(200);
      assertThat(reset.data().path("now").asText()).isEqualTo(T0.toString());
      assertThat(sim.get(API).data()).isEmpty();
      assertThat(sim.get("/sim/v1/faults").data().path("rules")).isEmpty();
      // an open topology forgets the clusters it made up; a file's stay, empty
      assertThat(sim.get("/sim/v1/clusters").data().findValues("helmReleases"))
          .allSatisfy(r -> assertThat(r).isEmpty());
      // and the name is free again
      sim.create(Json.seed());
    }
  }

  @Test
  void resetKeepsTheTopology() {
    try (HttpSim sim =
        HttpSim.withTopology(
            """
            workspaces:
              - name: abc
                clusters: [{name: worker-1, gpus: 2}]
            """)) {
      sim.create(Json.seed());
      sim.advance("2s");

      sim.post("/sim/v1/reset", null);

      Reply clusters = sim.get("/sim/v1/clusters");
      assertThat(clusters.data()).hasSize(1);
      assertThat(clusters.data().get(0).path("gpuCapacity").asInt()).isEqualTo(2);
      assertThat(clusters.data().get(0).path("gpusInUse").asInt()).isZero();
      assertThat(sim.post(API, Json.seed().replace("\"abc\"", "\"xyz\"")).status()).isEqualTo(404);
    }
  }

  static void assertValidation(Reply reply, String field) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.errorKey()).isEqualTo("ValidationError");
    assertThat(reply.errorFields()).containsExactly(field);
  }
}

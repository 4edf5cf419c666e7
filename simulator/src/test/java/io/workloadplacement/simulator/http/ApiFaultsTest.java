package io.workloadplacement.simulator.http;

import static io.workloadplacement.simulator.server.HttpSim.API;
import static io.workloadplacement.simulator.server.Json.SEED_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.clock.ClockState;
import io.workloadplacement.simulator.fault.ApiOperation;
import io.workloadplacement.simulator.fault.FaultEffect;
import io.workloadplacement.simulator.fault.FaultMatch;
import io.workloadplacement.simulator.fault.FaultRule;
import io.workloadplacement.simulator.server.Eventually;
import io.workloadplacement.simulator.server.HttpSim;
import io.workloadplacement.simulator.server.Json;
import io.workloadplacement.simulator.server.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Fault rules on the client-facing API, applied as a decorator of the use cases. */
class ApiFaultsTest {

  /** The vendor's example of a failing list (the seed page), verbatim. */
  private static final String SEED_LIST_FAILURE =
      """
      {
      "statusCode": 500,
      "status": "Error",
      "message": "Internal Server Error",
      "data": null,
      "error": {
      "errorKey": "",
      "message": "Failed to fetch workload placements",
      "data": "{\\"error\\":{\\"Message\\":\\"Error retrieving workload placements\\",\\"Status\\":500,\\"DetailedError\\":{\\"Errormessage\\":\\"kubernetes API timeout\\",\\"Reason\\":\\"InternalError\\",\\"Details\\":\\"\\"},\\"StatusCode\\":500,\\"ReferenceDocumentation\\":\\"https://docs.avesha.io/documentation/enterprise-egs\\"}}"
      }
      }
      """;

  @Test
  void aListFaultAnswersExactlyTheVendorsStoreFailure() {
    try (HttpSim sim = HttpSim.open()) {
      sim.faults(
          """
          [{"match": {"operation": "list"},
            "effect": {"type": "respond", "status": 500, "message": "kubernetes API timeout"}}]""");

      Reply reply = sim.get(API);

      assertThat(reply.status()).isEqualTo(500);
      assertThat(reply.json()).isEqualTo(Json.read(SEED_LIST_FAILURE));
      assertThat(reply.header("X-Request-Id")).isNotBlank();
      // the SDK's workspace list is a list too; a get is not
      assertThat(sim.get(API + "/workspace/abc").status()).isEqualTo(500);
      assertThat(sim.get(API + "/nope").status()).isEqualTo(404);
    }
  }

  @Test
  void aRuleOnAPlacementPatternHitsOnlyThosePlacementsAndOperations() {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seedNamed("team-a-1"));
      sim.create(Json.seedNamed("team-b-1"));
      sim.faults(
          """
          [{"match": {"placement": "team-a-*"},
            "effect": {"type": "respond", "status": 503, "message": "etcd unavailable"}}]""");

      Reply get = sim.get(API + "/team-a-1");
      assertThat(get.status()).isEqualTo(503);
      assertThat(get.json().path("message").asText()).isEqualTo("Service Unavailable");
      assertThat(get.nestedError().path("DetailedError").path("Errormessage").asText())
          .isEqualTo("etcd unavailable");
      assertThat(get.nestedError().path("DetailedError").path("Reason").asText())
          .isEqualTo("ServiceUnavailable");
      assertThat(sim.get(API + "/get/team-a-1").status()).isEqualTo(503);
      assertThat(sim.put(API + "/team-a-1", "{}").status()).isEqualTo(503);
      assertThat(sim.delete(API + "/team-a-1").status()).isEqualTo(503);
      // a create is matched on the name in its body
      assertThat(sim.post(API, Json.seedNamed("team-a-2")).status()).isEqualTo(503);
      assertThat(sim.get(API + "/team-b-1").status()).isEqualTo(200);
      assertThat(sim.post(API, Json.seedNamed("team-b-2")).status()).isEqualTo(200);
      // a list has no placement: a placement pattern never selects it
      assertThat(sim.get(API).status()).isEqualTo(200);
      // nothing reached the store
      List<String> stored = new ArrayList<>();
      sim.get(API).data().forEach(p -> stored.add(p.path("name").asText()));
      assertThat(stored).containsExactly("team-a-1", "team-b-1", "team-b-2");
    }
  }

  @Test
  void aRuleFiresItsTimesThenLetsCallsThrough() {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seed());
      sim.faults(
          """
          [{"match": {"operation": "get"}, "times": 2,
            "effect": {"type": "respond", "status": 500, "message": "kubernetes API timeout"}}]""");

      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        statuses.add(sim.get(API + "/" + SEED_NAME).status());
      }

      assertThat(statuses).containsExactly(500, 500, 200, 200);
      assertThat(sim.get("/sim/v1/faults").data().path("rules").get(0).path("remaining").asInt())
          .isZero();
    }
  }

  @Test
  void probabilitiesFollowTheSeedSoARunRepeats() {
    try (HttpSim sim = HttpSim.open()) {
      String rules =
          """
          [{"match": {"operation": "list"}, "probability": 0.5,
            "effect": {"type": "respond", "status": 503, "message": "flaky"}}]""";
      sim.faults(rules);
      List<Integer> first = listStatuses(sim, 20);
      sim.post("/sim/v1/reset", null);
      sim.faults(rules);
      List<Integer> second = listStatuses(sim, 20);

      assertThat(first).contains(200, 503);
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void latencyInManualModeIsReportedButDoesNotHoldTheAnswer() {
    try (HttpSim sim = HttpSim.open()) {
      sim.faults(
          """
          [{"match": {"operation": "list"}, "effect": {"type": "latency", "latency": "10m"}}]""");

      Reply reply = sim.get(API);

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.header(ApiLatency.LATENCY_HEADER)).isEqualTo("10m0s");
      assertThat(sim.get("/healthz").header(ApiLatency.LATENCY_HEADER)).isNull();
    }
  }

  @Test
  void latencyInRealtimeModeDelaysTheAnswer() {
    try (HttpSim sim = HttpSim.open()) {
      // 30s of simulated latency at 100x speed: 300 ms of real time
      sim.put("/sim/v1/clock", "{\"mode\": \"realtime\", \"speed\": 100}");
      sim.faults(
          """
          [{"match": {"operation": "get"},
            "effect": {"type": "respond", "status": 504, "message": "deadline exceeded",
                       "latency": "30s"}}]""");

      long start = System.nanoTime();
      Reply reply = sim.get(API + "/anything");
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(reply.status()).isEqualTo(504);
      assertThat(reply.nestedError().path("DetailedError").path("Reason").asText())
          .isEqualTo("Timeout");
      assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }
  }

  @Test
  void aStoppingServerEndsTheLatencyWaitsSoItsGracefulStopIsQuick() throws Exception {
    HttpSim sim = HttpSim.withGracefulStop(Duration.ofSeconds(1));
    // set up without HTTP: Jetty's graceful stop also waits for idle keep-alive connections
    Simulator simulator = sim.server.simulator();
    simulator.setClock(Optional.of(ClockMode.REALTIME), OptionalDouble.of(1));
    simulator
        .faults()
        .set(
            List.of(
                FaultRule.always(
                    FaultMatch.any().operation(ApiOperation.LIST),
                    new FaultEffect.Latency(Duration.ofHours(1)))));
    CompletableFuture<String> waiting =
        CompletableFuture.supplyAsync(() -> rawGetClosing(sim.server.port(), API));
    Eventually.await(
        Duration.ofSeconds(10),
        () -> simulator.faults().rules().get(0).fired() == 1,
        "the list is held for its latency");

    // a request still waiting (a minute of real time) would make the graceful stop throw
    assertThatCode(sim::close).doesNotThrowAnyException();
    assertThat(waiting.get(10, TimeUnit.SECONDS)).startsWith("HTTP/1.1 200");
  }

  /** GET {@code path} with {@code Connection: close}, read to the end, over a plain socket. */
  private static String rawGetClosing(int port, String path) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theRealWaitIsTheLatencyOverTheSpeedCappedAndNoneInManualMode() {
    Instant now = Instant.EPOCH;
    assertThat(
            ApiLatency.realNanos(
                Duration.ofSeconds(10), new ClockState(now, ClockMode.REALTIME, 2)))
        .isEqualTo(Duration.ofSeconds(5).toNanos());
    assertThat(
            ApiLatency.realNanos(Duration.ofHours(1), new ClockState(now, ClockMode.REALTIME, 1)))
        .isEqualTo(ApiLatency.MAX_REAL_DELAY.toNanos());
    assertThat(
            ApiLatency.realNanos(Duration.ofSeconds(10), new ClockState(now, ClockMode.MANUAL, 1)))
        .isZero();
  }

  @Test
  void controlRoutesAndTheWatchAreNeverFaulted() {
    try (HttpSim sim = HttpSim.open()) {
      sim.faults(
          """
          [{"effect": {"type": "respond", "status": 503, "message": "down"}}]""");

      assertThat(sim.get(API).status()).isEqualTo(503);
      assertThat(sim.get("/sim/v1/clock").status()).isEqualTo(200);
      assertThat(sim.get("/healthz").status()).isEqualTo(200);
      assertThat(sim.get(API + "/watch?workspaceName=BAD").status()).isEqualTo(400);
    }
  }

  private static List<Integer> listStatuses(HttpSim sim, int n) {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      statuses.add(sim.get(API).status());
    }
    return statuses;
  }
}

package io.workloadplacement.simulator.http;

import static io.workloadplacement.simulator.server.Json.SEED_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.workloadplacement.rest.SseClient;
import io.workloadplacement.rest.SseClient.Frame;
import io.workloadplacement.simulator.server.Eventually;
import io.workloadplacement.simulator.server.HttpSim;
import io.workloadplacement.simulator.server.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The REST adapter's watch stream fed by the simulator's watch, read as a client reads it, with
 * bounded waits. What the stream does on its own (frames, filters, a bad filter, a placement named
 * {@code watch}, authentication) is tested in {@code adapters-rest}'s {@code WatchTest}.
 */
class WatchOverHttpTest {

  @Test
  void theStreamDeliversEveryTransitionOfALifecycleInOrder() {
    try (HttpSim sim = HttpSim.open();
        SseClient watch = SseClient.subscribed(sim.watch(""))) {
      assertThat(watch.response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("text/event-stream");

      sim.create(Json.seed());
      sim.advance("30s");
      sim.advance("15m");
      List<Frame> events = watch.eventsUntilStatus("Completed");

      assertThat(events.get(0).event()).isEqualTo("ADDED");
      assertThat(events.subList(1, events.size()))
          .extracting(Frame::event)
          .containsOnly("MODIFIED");
      List<String> statuses = new ArrayList<>();
      for (Frame e : events) {
        assertThat(e.json().path("type").asText()).isEqualTo(e.event());
        if (statuses.isEmpty()
            || !statuses.get(statuses.size() - 1).equals(e.provisioningStatus())) {
          statuses.add(e.provisioningStatus());
        }
      }
      assertThat(statuses)
          .containsExactly("Pending", "Queued", "InProgress", "Successful", "Completed");
      assertThat(events).extracting(e -> Long.parseLong(e.id())).isSorted().doesNotHaveDuplicates();
      // the object is exactly what GET shows
      assertThat(events.get(events.size() - 1).object()).isEqualTo(sim.placement(SEED_NAME));
    }
  }

  @Test
  void theWorkspaceFilterLetsOnlyThatWorkspaceThrough() {
    try (HttpSim sim = HttpSim.open();
        SseClient watch = SseClient.subscribed(sim.watch("?workspaceName=team-b"))) {
      sim.create(Json.seed("a-1", "team-a", List.of("gpu-1"), "15m", "Delete"));
      sim.create(Json.seed("b-1", "team-b", List.of("gpu-1"), "15m", "Delete"));
      sim.advance("2s");

      List<Frame> events = watch.nextEvents(2);

      assertThat(events).extracting(e -> e.object().path("name").asText()).containsOnly("b-1");
      assertThat(events).extracting(Frame::provisioningStatus).containsExactly("Pending", "Queued");
      assertThat(watch.pollEvent(Duration.ofMillis(200))).isNull();
    }
  }

  @Test
  void theStreamStartsWithThePlacementsAlreadyThereUnlessToldNotTo() {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seedNamed("early"));
      sim.advance("2s");

      try (SseClient watch = SseClient.subscribed(sim.watch(""))) {
        Frame initial = watch.nextEvent();
        assertThat(initial.event()).isEqualTo("ADDED");
        assertThat(initial.provisioningStatus()).isEqualTo("Queued");
      }
      try (SseClient quiet = SseClient.subscribed(sim.watch("?sendInitialEvents=false"))) {
        sim.create(Json.seedNamed("late"));
        assertThat(quiet.nextEvent().object().path("name").asText()).isEqualTo("late");
      }
    }
  }

  @Test
  void aResetTellsWatchersEveryPlacementIsGone() {
    try (HttpSim sim = HttpSim.open();
        SseClient watch = SseClient.subscribed(sim.watch(""))) {
      sim.create(Json.seed());
      assertThat(watch.nextEvent().event()).isEqualTo("ADDED");

      assertThat(sim.post("/sim/v1/reset", null).status()).isEqualTo(200);

      assertThat(watch.nextEvent().event()).isEqualTo("DELETED");
    }
  }

  @Test
  void aQuietStreamGetsHeartbeatsAndAClosedClientIsUnsubscribed() {
    try (HttpSim sim = HttpSim.withHeartbeat(Duration.ofMillis(50))) {
      SseClient watch = SseClient.subscribed(sim.watch(""));
      assertThat(watch.nextFrame().comment()).isEqualTo("heartbeat");
      assertThat(sim.server.openWatchStreams()).isEqualTo(1);

      watch.close();

      Eventually.await(
          Duration.ofSeconds(10),
          () -> sim.server.openWatchStreams() == 0,
          "the server notices the client went away");
    }
  }

  @Test
  void aClientThatLeftIsNoLongerARequestInFlight() {
    HttpSim sim = HttpSim.withGracefulStop(Duration.ofSeconds(1));
    SseClient watch = SseClient.subscribed(sim.watch(""));
    assertThat(watch.nextFrame().comment()).isEqualTo("heartbeat");
    watch.close();
    Eventually.await(
        Duration.ofSeconds(10),
        () -> sim.server.openWatchStreams() == 0,
        "the server notices the client went away");

    // a request left open would make the graceful stop time out and throw
    assertThatCode(sim::close).doesNotThrowAnyException();
  }

  @Test
  void stoppingTheServerEndsTheStream() {
    HttpSim sim = HttpSim.open();
    try (SseClient watch = SseClient.subscribed(sim.watch(""))) {
      sim.close();

      Eventually.await(Duration.ofSeconds(10), watch::ended, "the client sees the stream end");
      assertThat(sim.server.openWatchStreams()).isZero();
    }
  }
}

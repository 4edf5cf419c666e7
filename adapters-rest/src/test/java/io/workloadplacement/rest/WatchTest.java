package io.workloadplacement.rest;

import static io.workloadplacement.domain.fixtures.SamplePlacements.SEED_NAME;
import static io.workloadplacement.rest.TestServer.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.rest.SseClient.Frame;
import io.workloadplacement.rest.auth.ApiKey;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The watch stream over the backend's watch port, read as a client reads it, with bounded waits.
 */
class WatchTest {

  private static final String WATCH = BASE + "/watch";

  @Test
  void eachChangeIsOneFrameCarryingThePlacementAsGetShowsIt() {
    try (TestServer server = TestServer.start();
        SseClient watch = SseClient.subscribed(server.uri(WATCH))) {
      assertThat(watch.response.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("text/event-stream");

      server.createSeed();
      Frame added = watch.nextEvent();
      assertThat(server.put(BASE + "/" + SEED_NAME, "{\"burstDuration\": \"1h\"}").status())
          .isEqualTo(200);
      Frame modified = watch.nextEvent();

      assertThat(added.event()).isEqualTo("ADDED");
      assertThat(Json.read(added.data()).path("type").asText()).isEqualTo("ADDED");
      assertThat(modified.event()).isEqualTo("MODIFIED");
      assertThat(modified.id()).isEqualTo(server.stored().get(0).version());
      // the object is exactly what GET shows
      assertThat(modified.object())
          .isEqualTo(server.get(BASE + "/" + SEED_NAME).json().path("data"));
    }
  }

  @Test
  void aDeletedPlacementEndsWithADeletedEvent() {
    try (TestServer server = TestServer.start();
        SseClient watch = SseClient.subscribed(server.uri(WATCH))) {
      server.createSeed();
      assertThat(server.delete(BASE + "/" + SEED_NAME).status()).isEqualTo(200);

      List<Frame> events = List.of(watch.nextEvent(), watch.nextEvent());

      assertThat(events).extracting(Frame::event).containsExactly("ADDED", "DELETED");
      assertThat(events.get(1).object().path("name").asText()).isEqualTo(SEED_NAME);
    }
  }

  @Test
  void theStreamStartsWithThePlacementsAlreadyThereUnlessToldNotTo() {
    try (TestServer server = TestServer.start()) {
      server.createSeed();

      try (SseClient watch = SseClient.subscribed(server.uri(WATCH))) {
        Frame initial = watch.nextEvent();
        assertThat(initial.event()).isEqualTo("ADDED");
        assertThat(initial.object().path("name").asText()).isEqualTo(SEED_NAME);
      }
      try (SseClient quiet = SseClient.subscribed(server.uri(WATCH + "?sendInitialEvents=false"))) {
        server.post(BASE, seedIn("abc", "late"));
        assertThat(quiet.nextEvent().object().path("name").asText()).isEqualTo("late");
      }
    }
  }

  @Test
  void theWorkspaceFilterLetsOnlyThatWorkspaceThrough() {
    try (TestServer server = TestServer.start();
        SseClient watch = SseClient.subscribed(server.uri(WATCH + "?workspaceName=team-b"))) {
      server.post(BASE, seedIn("team-a", "a-1"));
      server.post(BASE, seedIn("team-b", "b-1"));

      assertThat(watch.nextEvent().object().path("name").asText()).isEqualTo("b-1");
      assertThat(watch.pollEvent(Duration.ofMillis(200))).isNull();
    }
  }

  @Test
  void aBadWorkspaceFilterIsA400InTheEnvelope() {
    try (TestServer server = TestServer.start()) {
      Reply reply = server.get(WATCH + "?workspaceName=Not_A_Label");

      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.json().path("error").path("errorKey").asText()).isEqualTo("ValidationError");
      assertThat(reply.json().path("error").path("fields"))
          .extracting(f -> f.path("field").asText())
          .containsExactly("workspaceName");
    }
  }

  @Test
  void aPlacementNamedWatchStaysReachable() {
    try (TestServer server = TestServer.start()) {
      assertThat(server.post(BASE, seedIn("abc", "watch")).status()).isEqualTo(200);

      assertThat(server.get(BASE + "/get/watch").json().path("data").path("name").asText())
          .isEqualTo("watch");
      assertThat(server.put(BASE + "/watch", "{\"burstDuration\": \"1h\"}").status())
          .isEqualTo(200);
      assertThat(server.delete(BASE + "/watch").status()).isEqualTo(200);
    }
  }

  @Test
  void aQuietStreamGetsHeartbeatsAndAClosedClientIsUnsubscribed() {
    try (TestServer server = TestServer.withHeartbeat(Duration.ofMillis(50))) {
      SseClient watch = SseClient.subscribed(server.uri(WATCH));
      assertThat(watch.nextFrame().comment()).isEqualTo("heartbeat");
      assertThat(server.watch.openStreams()).isEqualTo(1);

      watch.close();

      await(
          () -> server.watch.openStreams() == 0 && server.events.subscribers() == 0,
          "the server notices the client went away and unsubscribes");
    }
  }

  @Test
  void stoppingTheServerEndsTheStream() {
    TestServer server = TestServer.start();
    try (SseClient watch = SseClient.subscribed(server.uri(WATCH))) {
      server.close();

      await(watch::ended, "the client sees the stream end");
      assertThat(server.watch.openStreams()).isZero();
      assertThat(server.events.subscribers()).isZero();
    }
  }

  @Test
  void withAuthenticationTheWatchNeedsATokenAndShowsOnlyTheCallersWorkspace() {
    try (TestServer server =
        TestServer.withAuth(
            List.of(ApiKey.owner("owner-key"), ApiKey.viewer("viewer-key", "abc")), b -> b)) {
      assertThat(server.get(WATCH).status()).isEqualTo(401);
      String[] owner = TestServer.bearer(server.token("owner-key"));
      String[] viewer = TestServer.bearer(server.token("viewer-key"));

      try (SseClient own = SseClient.subscribed(server.uri(WATCH), viewer);
          SseClient other =
              SseClient.subscribed(server.uri(WATCH + "?workspaceName=xyz"), viewer)) {
        server.post(BASE, seedIn("xyz", "x-1"), owner);
        server.post(BASE, seedIn("abc", "a-1"), owner);

        assertThat(own.nextEvent().object().path("name").asText()).isEqualTo("a-1");
        assertThat(own.pollEvent(Duration.ofMillis(200))).isNull();
        assertThat(other.pollEvent(Duration.ofMillis(200))).isNull();
      }
    }
  }

  /** The vendor's example, named {@code name} in {@code workspace}. */
  private static String seedIn(String workspace, String name) {
    return Json.seed("create-request.json")
        .replace("\"abc\"", "\"" + workspace + "\"")
        .replace(SEED_NAME, name);
  }

  private static void await(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 10s: " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
  }
}

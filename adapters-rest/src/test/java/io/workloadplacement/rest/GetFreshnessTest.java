package io.workloadplacement.rest;

import static io.workloadplacement.domain.fixtures.SamplePlacements.SEED_NAME;
import static io.workloadplacement.rest.TestServer.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GET by name answers from a body serialized once per version: whatever it caches, it shows every
 * write at once, and each answer's body is the version its {@code ETag} names.
 */
class GetFreshnessTest {

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anUpdateIsSeenByTheNextGet() {
    server.createSeed();
    Reply before = server.get(BASE + "/" + SEED_NAME);

    Reply put = server.put(BASE + "/" + SEED_NAME, "{\"burstDuration\":\"2h\"}");
    Reply after = server.get(BASE + "/" + SEED_NAME);

    assertThat(put.status()).isEqualTo(200);
    assertThat(before.json().path("data").path("burstDuration").asText()).isNotEqualTo("2h");
    assertThat(after.json().path("data").path("burstDuration").asText()).isEqualTo("2h");
    assertThat(after.header("ETag"))
        .isEqualTo(put.header("ETag"))
        .isNotEqualTo(before.header("ETag"));
    assertThat(server.get(BASE + "/get/" + SEED_NAME).body()).isEqualTo(after.body());
  }

  @Test
  void aPlacementDeletedAndCreatedAgainShowsItsNewContent() {
    server.post(BASE, Placements.json("abc", "again"));
    assertThat(server.get(BASE + "/again").json().path("data").path("burstDuration").asText())
        .isEqualTo("1h");
    assertThat(server.delete(BASE + "/again").status()).isEqualTo(200);
    assertThat(server.get(BASE + "/again").status()).isEqualTo(404);

    server.post(BASE, Placements.json("other", "again"));

    assertThat(server.get(BASE + "/again").json().path("data").path("workspaceName").asText())
        .isEqualTo("other");
  }

  @Test
  void everyAnswerUnderConcurrentUpdatesIsTheVersionItsEtagNames() throws Exception {
    server.createSeed();
    Map<String, String> durationOfEtag = new ConcurrentHashMap<>();
    Reply created = server.get(BASE + "/" + SEED_NAME);
    durationOfEtag.put(
        created.header("ETag"), created.json().path("data").path("burstDuration").asText());
    List<String[]> seen = new CopyOnWriteArrayList<>(); // ETag, burstDuration
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      Future<?> writer =
          threads.submit(
              () -> {
                try {
                  for (int minutes = 1; minutes <= 60; minutes++) {
                    String duration = minutes + "m";
                    Reply put =
                        server.put(
                            BASE + "/" + SEED_NAME, "{\"burstDuration\":\"" + duration + "\"}");
                    assertThat(put.status()).isEqualTo(200);
                    durationOfEtag.put(put.header("ETag"), duration);
                  }
                } finally {
                  writing.set(false);
                }
              });
      List<Future<?>> readers =
          List.of(1, 2, 3).stream()
              .<Future<?>>map(
                  i ->
                      threads.submit(
                          () -> {
                            while (writing.get()) {
                              Reply get = server.get(BASE + "/" + SEED_NAME);
                              seen.add(
                                  new String[] {
                                    get.header("ETag"),
                                    get.json().path("data").path("burstDuration").asText()
                                  });
                            }
                          }))
              .toList();
      writer.get(60, TimeUnit.SECONDS);
      for (Future<?> reader : readers) {
        reader.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(seen).isNotEmpty();
    for (String[] answer : seen) {
      assertThat(answer[1])
          .as("the body of ETag %s", answer[0])
          .isEqualTo(durationOfEtag.get(answer[0]));
    }
    assertThat(
            server.get(BASE + "/" + SEED_NAME).json().path("data").path("burstDuration").asText())
        .isEqualTo("60m");
  }
}

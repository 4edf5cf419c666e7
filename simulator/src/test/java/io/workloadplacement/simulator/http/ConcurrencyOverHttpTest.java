package io.workloadplacement.simulator.http;

import static io.workloadplacement.simulator.server.HttpSim.API;
import static io.workloadplacement.simulator.server.Json.SEED_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.simulator.server.HttpSim;
import io.workloadplacement.simulator.server.Json;
import io.workloadplacement.simulator.server.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Many clients at once, over HTTP: one create wins, and If-Match loses no update. */
class ConcurrencyOverHttpTest {

  private static final int CLIENTS = 16;

  @Test
  void manyClientsCreatingTheSameNameGetExactlyOne200() throws Exception {
    try (HttpSim sim = HttpSim.open()) {
      List<Integer> statuses = all(() -> sim.post(API, Json.seed()).status());

      assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
      assertThat(statuses.stream().filter(s -> s == 409)).hasSize(CLIENTS - 1);
      assertThat(sim.get(API).data()).hasSize(1);
    }
  }

  @Test
  void parallelReadModifyWritesWithIfMatchLoseNoUpdate() throws Exception {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seed()); // stays Pending: the clock is manual
      AtomicInteger preconditionFailures = new AtomicInteger();
      AtomicInteger next = new AtomicInteger();

      List<Integer> statuses =
          all(
              () -> {
                String mine = "worker-" + (100 + next.getAndIncrement());
                while (true) {
                  Reply read = sim.get(API + "/" + SEED_NAME);
                  List<String> clusters = new ArrayList<>();
                  read.data().path("clusters").forEach(c -> clusters.add(c.asText()));
                  clusters.add(mine);
                  Reply write =
                      sim.put(
                          API + "/" + SEED_NAME,
                          "{\"clusters\": " + Json.read(toJson(clusters)) + "}",
                          "If-Match",
                          read.header("ETag"));
                  if (write.status() != 412) {
                    return write.status();
                  }
                  preconditionFailures.incrementAndGet();
                }
              });

      assertThat(statuses).containsOnly(200);
      List<String> clusters = new ArrayList<>();
      sim.placement(SEED_NAME).path("clusters").forEach(c -> clusters.add(c.asText()));
      assertThat(clusters).hasSize(CLIENTS + 1).doesNotHaveDuplicates().contains("worker-1");
    }
  }

  @Test
  void aStaleIfMatchIsA412() {
    try (HttpSim sim = HttpSim.open()) {
      sim.create(Json.seed());
      String etag = sim.get(API + "/" + SEED_NAME).header("ETag");
      assertThat(sim.put(API + "/" + SEED_NAME, "{\"burstDuration\": \"1h\"}").status())
          .isEqualTo(200);

      Reply stale = sim.put(API + "/" + SEED_NAME, "{\"burstDuration\": \"2h\"}", "If-Match", etag);

      assertThat(stale.status()).isEqualTo(412);
      assertThat(sim.placement(SEED_NAME).path("burstDuration").asText()).isEqualTo("1h");
    }
  }

  /** Runs {@code task} on every client at once and collects what each returned. */
  private static <T> List<T> all(Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String toJson(List<String> values) {
    return values.stream()
        .map(v -> "\"" + v + "\"")
        .reduce((a, b) -> a + "," + b)
        .map(s -> "[" + s + "]")
        .orElse("[]");
  }
}

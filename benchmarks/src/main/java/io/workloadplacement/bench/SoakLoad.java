package io.workloadplacement.bench;

import static io.workloadplacement.bench.SoakClient.json;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The client side of bench/soak.sh: a mixed load on a running simulator for a bounded time. Writers
 * ({@link SoakWriter}) create, update, delete, read and jump placements of a fixed pool of names;
 * watchers ({@link SoakWatcher}) connect to the watch and disconnect; one thread drives the clock
 * through the control API (advances of up to 30 simulated seconds, the clusters' and a timeline's
 * views, and a reset now and then). Then audits the state the load left ({@link SoakAudit}), prints
 * {@code key=value} figures (see {@link SoakTally}) and exits 1 when an answer was a 5xx or not one
 * the operation may give, a request got no answer, a watch frame was malformed or the state breaks
 * a rule.
 *
 * <p>Arguments: base URL, seconds, writers, watchers, names in the pool, seconds between resets (0:
 * none), seed. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.workloadplacement.bench.SoakLoad http://127.0.0.1:18090 60 6 4 300 60 1}
 */
public final class SoakLoad {

  private static final Set<Integer> OK = Set.of(200);
  private static final Set<Integer> OK_OR_ABSENT = Set.of(200, 404);

  private SoakLoad() {}

  public static void main(String[] args) throws InterruptedException {
    URI base = URI.create(args[0]);
    long seconds = Long.parseLong(args[1]);
    int writers = Integer.parseInt(args[2]);
    int watchers = Integer.parseInt(args[3]);
    int names = Integer.parseInt(args[4]);
    long resetSeconds = Long.parseLong(args[5]);
    SplittableRandom random = new SplittableRandom(Long.parseLong(args[6]));

    SoakTally tally = new SoakTally();
    SoakClient http = new SoakClient(base, tally);
    ScheduledExecutorService closer = Executors.newSingleThreadScheduledExecutor();
    long start = System.nanoTime();
    long deadline = start + Duration.ofSeconds(seconds).toNanos();

    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      threads.add(new Thread(new SoakWriter(http, deadline, names, random.split()), "writer-" + i));
    }
    for (int i = 0; i < watchers; i++) {
      threads.add(
          new Thread(
              new SoakWatcher(http, deadline, random.split(), tally, closer), "watcher-" + i));
    }
    SplittableRandom clockRandom = random.split();
    threads.add(
        new Thread(() -> driveClock(http, deadline, resetSeconds, names, clockRandom), "clock"));
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      // a request in flight at the deadline is bounded by the server's own timeouts
      thread.join(Duration.ofMinutes(2).toMillis());
    }
    closer.shutdownNow();
    double elapsed = (System.nanoTime() - start) / 1e9;
    int audited = SoakAudit.run(http, tally);
    tally.print(elapsed);
    System.out.println("audited_placements=" + audited);
    System.exit(tally.clean() ? 0 : 1);
  }

  private static void driveClock(
      SoakClient http, long deadline, long resetSeconds, int names, SplittableRandom random) {
    long resetEvery = Duration.ofSeconds(resetSeconds).toNanos();
    long nextReset = System.nanoTime() + resetEvery;
    while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
      String advance = "{\"duration\":\"" + (1 + random.nextInt(30)) + "s\"}";
      http.send("advance", http.request("/sim/v1/clock/advance").POST(json(advance)), OK);
      String cluster = "/sim/v1/clusters/worker-" + (1 + random.nextInt(4));
      http.send("cluster", http.request(cluster).GET(), OK_OR_ABSENT);
      String timeline = "/sim/v1/placements/soak-" + random.nextInt(names) + "/timeline";
      http.send("timeline", http.request(timeline).GET(), OK_OR_ABSENT);
      if (resetEvery > 0 && System.nanoTime() >= nextReset) {
        http.send("reset", http.request("/sim/v1/reset").POST(json("")), OK);
        nextReset = System.nanoTime() + resetEvery;
      }
    }
  }
}

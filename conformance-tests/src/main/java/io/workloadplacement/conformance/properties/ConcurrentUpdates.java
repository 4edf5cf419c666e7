package io.workloadplacement.conformance.properties;

import static io.workloadplacement.conformance.model.ContractTexts.BASE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.conformance.model.Expected;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.sut.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Rounds of updates sent at the same time to one placement, each round's patches touching disjoint
 * fields. Update is a merge, so every accepted patch must survive: a GET after each round must show
 * all of them. A server that loses an update under concurrency fails here.
 */
record ConcurrentUpdates(int slot, List<List<ObjectNode>> rounds) implements Action {

  @Override
  public void run(SequenceRun run) {
    String name = run.name(slot);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (List<ObjectNode> patches : rounds) {
        run.model().roundMayEndBurst(name, patches);
        List<List<Expected>> allowed =
            patches.stream().map(p -> run.model().update(name, p)).toList();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Response>> sent = new ArrayList<>();
        for (ObjectNode patch : patches) {
          sent.add(
              CompletableFuture.supplyAsync(
                  () -> {
                    awaitQuietly(start); // released together, to overlap on the server
                    return run.client().call("PUT", BASE + "/" + name, Json.write(patch), Map.of());
                  },
                  pool));
        }
        start.countDown();
        run.model()
            .concurrently(
                () -> {
                  for (int i = 0; i < patches.size(); i++) {
                    String request = "concurrent update " + Json.write(patches.get(i));
                    run.client().expect(request, allowed.get(i), sent.get(i).join());
                  }
                });
        run.model().tick();
        Action.Get.get(run, slot, false);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("concurrently update p" + slot + ":");
    rounds.forEach(r -> out.append(" round ").append(r.stream().map(Json::write).toList()));
    return out.toString();
  }
}

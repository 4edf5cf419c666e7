package io.workloadplacement.rest.placement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.port.in.AccessScope;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.rest.json.JsonMapping;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.clock.ClockMode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The CPU time of each stage of a create, in-process on one thread: what {@link CreateBenchmark}
 * times, measured as the thread's CPU time, which other processes on a shared machine do not
 * inflate the way they inflate wall-clock time. Rounds of N creates (the seed body under fresh
 * names); the first rounds warm the JIT, the last is the one to quote.
 *
 * <p>Arguments: creates per round (default 20,000), rounds (default 5).
 */
public final class CreateCpuCost {

  private CreateCpuCost() {}

  public static void main(String[] args) throws IOException {
    int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String seed = CreateBenchmark.seedBody();
    long created = 0;
    try (Simulator simulator =
        Simulator.start(SimulatorConfig.defaults().withClock(ClockMode.MANUAL, 1))) {
      for (int round = 1; round <= rounds; round++) {
        byte[][] raw = new byte[perRound][];
        for (int i = 0; i < perRound; i++) {
          raw[i] =
              seed.replace(CreateBenchmark.SEED_NAME, "p-" + created++)
                  .getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode[] parsed = new ObjectNode[perRound];
        PlacementDraft[] drafts = new PlacementDraft[perRound];
        long t0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < perRound; i++) {
          parsed[i] = (ObjectNode) JsonMapping.objectMapper().readTree(raw[i]);
        }
        long t1 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < perRound; i++) {
          drafts[i] = PlacementRequestReader.read(parsed[i], Set.of()).request().toDraft();
        }
        long t2 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < perRound; i++) {
          simulator.validator().violationsOf(drafts[i]);
        }
        long t3 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < perRound; i++) {
          simulator
              .placements()
              .create(new CreatePlacementCommand(drafts[i], AccessScope.everything()));
        }
        long t4 = threads.getCurrentThreadCpuTime();
        System.out.printf(
            Locale.ROOT,
            "round=%d parse_us=%.1f read_us=%.1f validate_us=%.1f create_us=%.1f"
                + " (create validates again, stores, indexes, publishes)%n",
            round,
            micros(t1 - t0, perRound),
            micros(t2 - t1, perRound),
            micros(t3 - t2, perRound),
            micros(t4 - t3, perRound));
      }
    }
  }

  private static double micros(long nanos, int count) {
    return nanos / 1000.0 / count;
  }
}

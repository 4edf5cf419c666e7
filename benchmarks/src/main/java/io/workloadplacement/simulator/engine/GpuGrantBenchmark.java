package io.workloadplacement.simulator.engine;

import io.workloadplacement.simulator.cluster.SimulatedClusters;
import io.workloadplacement.simulator.topology.TimingProfile;
import io.workloadplacement.simulator.topology.Topology;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One GPU event with N placements waiting on a full 8-GPU cluster: a holder releases, the first in
 * line is granted, the holder queues again at the back (so N stays N). In the engine's package,
 * since the queue is its own business; the figures should not move with N.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class GpuGrantBenchmark {

  private static final List<String> CLUSTER = List.of("gpu");

  @Param({"1000", "1000000"})
  public int waiting;

  private GpuQueue queue;
  private final String[] holders = new String[8];
  private int next;

  @Setup
  public void fill() {
    queue =
        new GpuQueue(
            new SimulatedClusters(
                new Topology(
                    false, Map.of("ws", CLUSTER), Map.of("gpu", 8), 8, TimingProfile.defaults())));
    for (int i = 0; i < holders.length; i++) {
      holders[i] = "holder-" + i;
      queue.hold(holders[i], "ws", CLUSTER, GpuQueue.Demand.ONE_GPU);
    }
    for (int i = 0; i < waiting; i++) {
      queue.enqueue("p-" + i, "ws", CLUSTER, new GpuQueue.Demand(1, i % 4));
    }
    queue.grant();
  }

  @Benchmark
  public String releaseGrantRequeue() {
    int slot = next++ & 7;
    String leaving = holders[slot];
    queue.release(leaving);
    List<GpuQueue.Waiting> granted = queue.grant();
    holders[slot] = granted.get(0).placement();
    queue.enqueue(leaving, "ws", CLUSTER, GpuQueue.Demand.ONE_GPU);
    return holders[slot];
  }
}

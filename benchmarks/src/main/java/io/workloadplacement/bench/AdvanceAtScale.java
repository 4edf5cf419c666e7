package io.workloadplacement.bench;

import com.sun.management.ThreadMXBean;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.cluster.ClusterView;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The simulator in-process at scale, as bench/load.sh runs it: N seed-sized placements created on
 * one 8-GPU cluster (creates per second, heap per placement after a full GC, a filtered page), then
 * one clock advance of the admission delay, which admits all N, so N transitions run while up to N
 * placements wait for GPUs: its wall, CPU and GC seconds and the bytes it allocated per transition.
 * Prints one {@code name=value} line per figure.
 *
 * <p>Run: {@code java -Xmx6g -cp benchmarks/target/benchmarks.jar
 * io.workloadplacement.bench.AdvanceAtScale 1000000}
 */
public final class AdvanceAtScale {

  private AdvanceAtScale() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    try (Simulator sim =
        Simulator.start(SimulatorConfig.defaults().withClock(ClockMode.MANUAL, 1))) {
      // warm the create path and the validator, so the baseline holds their one-off costs
      sim.placements().create(new CreatePlacementCommand(SamplePlacements.seedNamed("warm-up")));
      long baseline = heapAfterGc();

      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        sim.placements()
            .create(
                new CreatePlacementCommand(SamplePlacements.seedNamed(String.format("p-%07d", i))));
      }
      double createSeconds = seconds(start);
      long heap = heapAfterGc();
      print("placements", count);
      print("creates_per_second", Math.round(count / createSeconds));
      print("heap_bytes_per_placement", (heap - baseline) / count);
      if (Boolean.getBoolean("bench.histogram")) {
        printHistogram(25);
      }

      start = System.nanoTime();
      var page =
          sim.placements()
              .list(
                  new PlacementQuery(
                      new PlacementFilter(Optional.empty(), Optional.of(ProvisioningStatus.FAILED)),
                      OptionalInt.of(100),
                      Optional.empty()));
      print("filtered_page_micros", (System.nanoTime() - start) / 1_000);
      print("filtered_page_items", page.items().size());

      start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long gcStart = gcMillis();
      long allocatedStart = THREADS.getCurrentThreadAllocatedBytes();
      sim.advance(sim.timings().admission());
      double advanceSeconds = seconds(start);
      long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedStart;
      // the machine may be shared: the advance's own CPU time (one thread) and GC time say more
      print(
          "advance_cpu_seconds",
          String.format("%.2f", (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9));
      print("advance_gc_seconds", String.format("%.2f", (gcMillis() - gcStart) / 1e3));
      ClusterView cluster = sim.cluster("worker-1").orElseThrow();
      print("advance_transitions", count + 1);
      // what GC has to collect, which a loaded machine does not distort
      print("advance_allocated_bytes_per_transition", allocated / (count + 1));
      print("advance_seconds", String.format("%.2f", advanceSeconds));
      print("gpus_in_use_after", cluster.gpusInUse());
      print(
          "queued_after_first_page",
          sim.placements()
              .list(
                  new PlacementQuery(
                      new PlacementFilter(Optional.empty(), Optional.of(ProvisioningStatus.QUEUED)),
                      OptionalInt.of(100),
                      Optional.empty()))
              .items()
              .size());
      print("heap_bytes_per_placement_after_advance", (heapAfterGc() - baseline) / count);
      print("advance_span", Duration.ofNanos((long) (advanceSeconds * 1e9)));
    }
  }

  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  /** The classes holding the most heap, as {@code jcmd GC.class_histogram} shows them. */
  private static void printHistogram(int lines) {
    try {
      Object histogram =
          ManagementFactory.getPlatformMBeanServer()
              .invoke(
                  new ObjectName("com.sun.management:type=DiagnosticCommand"),
                  "gcClassHistogram",
                  new Object[] {null},
                  new String[] {String[].class.getName()});
      histogram.toString().lines().limit(lines + 3).forEach(System.out::println);
    } catch (JMException e) {
      System.out.println("histogram unavailable: " + e);
    }
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void print(String name, Object value) {
    System.out.println(name + "=" + value);
  }
}

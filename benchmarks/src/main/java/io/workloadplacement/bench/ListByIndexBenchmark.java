package io.workloadplacement.bench;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.simulator.store.InMemoryPlacementRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
 * A 100-item page of the simulator's store, unfiltered and filtered by status and workspace, at
 * 1,000 and 1,000,000 placements (of which 300 are Failed): the figures should not move with size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class ListByIndexBenchmark {

  private static final Instant NOW = Instant.parse("2025-10-30T08:39:52Z");

  @Param({"1000", "1000000"})
  public int placements;

  private InMemoryPlacementRepository store;
  private String middle;

  @Setup
  public void fill() {
    store = new InMemoryPlacementRepository();
    int failedEvery = placements / 300;
    for (int i = 0; i < placements; i++) {
      String name = String.format("p-%07d", i);
      var spec = SamplePlacements.oneCommand("ws-" + (i % 2), name, List.of("worker-1")).toSpec();
      PlacementStatus status = PlacementStatus.pending(NOW);
      if (i % failedEvery == 0 && i / failedEvery < 300) {
        status = status.movedTo(ProvisioningStatus.FAILED, "broken", NOW);
      }
      store.insert(new WorkloadPlacement(spec, status, NOW, null));
    }
    middle = String.format("p-%07d", placements / 2);
  }

  @Benchmark
  public List<VersionedPlacement> firstPage() {
    return store.list(PlacementFilter.all(), Optional.empty(), 100);
  }

  @Benchmark
  public List<VersionedPlacement> pageFromTheMiddle() {
    return store.list(PlacementFilter.all(), Optional.of(middle), 100);
  }

  @Benchmark
  public List<VersionedPlacement> failedOnly() {
    return store.list(
        new PlacementFilter(Optional.empty(), Optional.of(ProvisioningStatus.FAILED)),
        Optional.empty(),
        100);
  }

  @Benchmark
  public List<VersionedPlacement> completedOnlyWhenNoneIs() {
    return store.list(
        new PlacementFilter(Optional.empty(), Optional.of(ProvisioningStatus.COMPLETED)),
        Optional.empty(),
        100);
  }

  @Benchmark
  public List<VersionedPlacement> oneWorkspaceFailedOnly() {
    return store.list(
        new PlacementFilter(Optional.of("ws-1"), Optional.of(ProvisioningStatus.FAILED)),
        Optional.empty(),
        100);
  }
}

package io.workloadplacement.bench;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementField;
import io.workloadplacement.domain.model.PlacementPatch;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** An update's merge of a patch into the seed placement, and the deep comparison behind it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MergeBenchmark {

  private final PlacementDraft seed = SamplePlacements.seed();

  /** A read-modify-write round trip: the whole placement sent back, clusters changed. */
  private final PlacementPatch wholeBack =
      new PlacementPatch(
          seed.workspaceName(),
          seed.name(),
          List.of("worker-1", "worker-2"),
          seed.burstDuration(),
          seed.deletionPolicy(),
          seed.helmConfigs(),
          seed.manifestResources(),
          seed.cmdExec(),
          seed.steps());

  @Benchmark
  public PlacementDraft merge() {
    return wholeBack.applyTo(seed);
  }

  @Benchmark
  public Set<PlacementField> changedFields() {
    return wholeBack.changedFields(seed);
  }
}

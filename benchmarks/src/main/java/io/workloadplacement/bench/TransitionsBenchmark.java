package io.workloadplacement.bench;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.clock.ClockMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One clock advance that takes N one-step placements, each on its own cluster, through their whole
 * lifecycle (admit, start provisioning, the step, Successful, Completed: 5 transitions each)
 * through the domain's lifecycle service, the store, the events and the engine. Divide by 5N for
 * the cost of a transition.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class TransitionsBenchmark {

  @Param({"10000"})
  public int placements;

  private Simulator sim;

  @Setup(Level.Iteration)
  public void create() {
    sim = Simulator.start(SimulatorConfig.defaults().withClock(ClockMode.MANUAL, 1));
    for (int i = 0; i < placements; i++) {
      sim.placements().create(SamplePlacements.oneCommand("ws", "p-" + i, List.of("cluster-" + i)));
    }
  }

  @TearDown(Level.Iteration)
  public void close() {
    sim.close();
  }

  @Benchmark
  public Instant wholeLifecycles() {
    return sim.advance(Duration.ofHours(2));
  }
}

package io.workloadplacement.rest.placement;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.AccessScope;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.rest.json.JsonMapping;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.clock.ClockMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A create as the REST adapter makes it, stage by stage, on the vendor's seed body (the one
 * bench/create.lua posts) under a fresh name each time: parse the JSON, read it field by field into
 * a draft, then the simulator's use case (validation, the store's write and indexes, the events).
 * Each benchmark does its stage and those before it, so the differences are the stages' costs. In
 * the adapter's package, since its reader is its own business.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class CreateBenchmark {

  /** The name in the seed body, replaced by a fresh one in each create. */
  static final String SEED_NAME = "bookinfo-workload-template-worker-4-0";

  private String body;
  private Simulator simulator;
  private long created;

  @Setup(Level.Trial)
  public void start() {
    body = seedBody();
    simulator = Simulator.start(SimulatorConfig.defaults().withClock(ClockMode.MANUAL, 1));
  }

  @TearDown(Level.Trial)
  public void stop() {
    simulator.close();
  }

  @Benchmark
  public ObjectNode parse() throws IOException {
    return (ObjectNode) JsonMapping.objectMapper().readTree(freshBody());
  }

  @Benchmark
  public PlacementDraft parseAndRead() throws IOException {
    ObjectNode node = (ObjectNode) JsonMapping.objectMapper().readTree(freshBody());
    return PlacementRequestReader.read(node, Set.of()).request().toDraft();
  }

  @Benchmark
  public VersionedPlacement parseReadAndCreate() throws IOException {
    return simulator
        .placements()
        .create(new CreatePlacementCommand(parseAndRead(), AccessScope.everything()));
  }

  /** The seed's body under a name not used before, as bytes on the wire. */
  private byte[] freshBody() {
    return body.replace(SEED_NAME, "p-" + created++).getBytes(StandardCharsets.UTF_8);
  }

  /** The seed body, as text. */
  static String seedBody() {
    try (InputStream in = CreateBenchmark.class.getResourceAsStream("/bench/create-request.json")) {
      if (in == null) {
        throw new IllegalStateException("bench/create-request.json is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

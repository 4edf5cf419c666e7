package io.workloadplacement.simulator.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.workloadplacement.rest.metrics.PlacementStatusGauges;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.cluster.ClusterView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * The simulator's meters: placements by status, GPU capacity and GPUs in use per cluster,
 * placements waiting for a GPU, open watch streams, and simulated time beside real time. Statuses
 * are counted from the simulator's watch ({@link PlacementStatusGauges}); clusters, which come and
 * go, are read again by {@link #refresh} before each scrape. Close it to unsubscribe.
 */
final class SimulatorMetrics implements AutoCloseable {

  private final Simulator simulator;
  private final Clock realTime;
  private final PlacementStatusGauges statuses;
  private final MultiGauge gpuCapacity;
  private final MultiGauge gpusInUse;

  SimulatorMetrics(
      Simulator simulator, MeterRegistry registry, IntSupplier watchStreams, Clock realTime) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
    this.realTime = Objects.requireNonNull(realTime, "realTime");
    this.statuses = new PlacementStatusGauges(simulator.watch(), registry);
    gpuCapacity =
        MultiGauge.builder("simulator.gpu.capacity")
            .description("GPUs of each simulated cluster")
            .register(registry);
    gpusInUse =
        MultiGauge.builder("simulator.gpu.in.use")
            .description("GPUs of each simulated cluster held by a placement")
            .register(registry);
    Gauge.builder("simulator.placements.waiting.for.gpus", this, SimulatorMetrics::waitingForGpus)
        .description("Queued placements waiting for a free GPU on one of their clusters")
        .register(registry);
    Gauge.builder("workload.placement.watch.subscribers", watchStreams, IntSupplier::getAsInt)
        .description("Open watch streams")
        // a gauge holds its object weakly, and nothing else holds this supplier: without this a
        // GC turns the gauge into NaN
        .strongReference(true)
        .register(registry);
    Gauge.builder("simulator.clock.simulated.time", simulator, s -> seconds(s.clock().now()))
        .description("The simulated clock's now, seconds since the epoch")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("simulator.clock.real.time", realTime, c -> seconds(c.instant()))
        .description("Real time when scraped, seconds since the epoch, beside the simulated time")
        .baseUnit("seconds")
        .register(registry);
    Gauge.builder("simulator.clock.speed", simulator, s -> s.clock().speed())
        .description("How many simulated seconds pass per real second in realtime mode")
        .register(registry);
    refresh();
  }

  /** Reads the clusters again: a new cluster gets its series, a removed one loses them. */
  void refresh() {
    List<ClusterView> clusters = simulator.clusters();
    gpuCapacity.register(
        clusters.stream()
            .map(c -> MultiGauge.Row.of(Tags.of("cluster", c.name()), c.gpuCapacity()))
            .toList(),
        true);
    gpusInUse.register(
        clusters.stream()
            .map(c -> MultiGauge.Row.of(Tags.of("cluster", c.name()), c.gpusInUse()))
            .toList(),
        true);
  }

  // the GPU queue's own count: asking each Queued placement's timeline made a scrape cost
  // (Queued placements x scheduled actions)
  private double waitingForGpus() {
    return simulator.placementsWaitingForGpus();
  }

  private static double seconds(Instant instant) {
    return instant.getEpochSecond() + instant.getNano() / 1e9;
  }

  @Override
  public void close() {
    statuses.close();
  }
}

package io.workloadplacement.simulator.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.cluster.ClusterView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * The simulator's meters: placements by status, GPU capacity and GPUs in use per cluster,
 * placements waiting for a GPU, open watch streams, and simulated time beside real time. Statuses
 * are counted from the simulator's events (cheap to read at any scrape); clusters, which come and
 * go, are read again by {@link #refresh} before each scrape. Close it to unsubscribe.
 */
final class SimulatorMetrics implements AutoCloseable {

  private final Simulator simulator;
  private final Clock realTime;
  // every stored placement's status, kept by the events (delivered under the simulation lock)
  private final Map<String, ProvisioningStatus> statuses = new ConcurrentHashMap<>();
  private final MultiGauge gpuCapacity;
  private final MultiGauge gpusInUse;
  private final Runnable unsubscribe;

  SimulatorMetrics(
      Simulator simulator, MeterRegistry registry, IntSupplier watchStreams, Clock realTime) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
    this.realTime = Objects.requireNonNull(realTime, "realTime");
    for (ProvisioningStatus status : ProvisioningStatus.values()) {
      Gauge.builder("workload.placements", statuses, s -> count(s, status))
          .description("Stored placements by provisioning status")
          .tag("status", status.wireName())
          .register(registry);
    }
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
    this.unsubscribe = simulator.subscribeWithSnapshot(this::onEvent)::close;
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

  private void onEvent(PlacementEvent event) {
    String name = event.placement().name();
    if (event.type() == PlacementEvent.Type.DELETED) {
      statuses.remove(name);
    } else {
      statuses.put(name, event.placement().placement().provisioningStatus());
    }
  }

  private static double count(Map<String, ProvisioningStatus> statuses, ProvisioningStatus status) {
    return statuses.values().stream().filter(status::equals).count();
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
    unsubscribe.run();
  }
}

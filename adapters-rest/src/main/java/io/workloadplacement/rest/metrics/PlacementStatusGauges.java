package io.workloadplacement.rest.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.port.out.PlacementWatch;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gauges {@code workload_placements{status}}: stored placements by provisioning status, kept
 * from a backend's watch (initial events first), so a scrape reads a map instead of the store.
 * Close it to unsubscribe.
 */
public final class PlacementStatusGauges implements AutoCloseable {

  // every stored placement's status, kept by the watch's events
  private final Map<String, ProvisioningStatus> statuses = new ConcurrentHashMap<>();
  private final PlacementWatch.Subscription subscription;

  /** Registers one gauge per status in {@code registry} and subscribes to {@code watch}. */
  public PlacementStatusGauges(PlacementWatch watch, MeterRegistry registry) {
    for (ProvisioningStatus status : ProvisioningStatus.values()) {
      Gauge.builder("workload.placements", statuses, s -> count(s, status))
          .description("Stored placements by provisioning status")
          .tag("status", status.wireName())
          .register(registry);
    }
    this.subscription = watch.subscribe(true, this::onEvent);
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

  @Override
  public void close() {
    subscription.close();
  }
}

package io.workloadplacement.k8s.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.port.out.PlacementWatch;
import io.workloadplacement.rest.watch.WatchEndpoint;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Kubernetes-backed server's meters beside the REST adapter's: placements by status (the same
 * series as the simulator's, counted from the informer's watch, so every replica reports the whole
 * namespace), open watch streams, and readiness. Close it to unsubscribe.
 */
final class KubernetesMetrics implements AutoCloseable {

  // every stored placement's status, kept by the watch's events
  private final Map<String, ProvisioningStatus> statuses = new ConcurrentHashMap<>();
  private final PlacementWatch.Subscription subscription;

  KubernetesMetrics(
      PlacementWatch watch,
      WatchEndpoint streams,
      KubernetesServer server,
      MeterRegistry registry) {
    for (ProvisioningStatus status : ProvisioningStatus.values()) {
      Gauge.builder("workload.placements", statuses, s -> count(s, status))
          .description("Stored placements by provisioning status")
          .tag("status", status.wireName())
          .register(registry);
    }
    Gauge.builder("workload.placement.watch.subscribers", streams, WatchEndpoint::openStreams)
        .description("Open watch streams")
        .register(registry);
    Gauge.builder("workload.placement.ready", server, s -> s.isReady() ? 1 : 0)
        .description("1 when /readyz answers 200: the informers have synced")
        .register(registry);
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

package io.workloadplacement.k8s.server;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.workloadplacement.domain.port.out.PlacementWatch;
import io.workloadplacement.rest.metrics.PlacementStatusGauges;
import io.workloadplacement.rest.watch.WatchEndpoint;

/**
 * The Kubernetes-backed server's meters beside the REST adapter's: placements by status (the same
 * series as the simulator's, counted from the informer's watch, so every replica reports the whole
 * namespace), open watch streams, and readiness. Close it to unsubscribe.
 */
final class KubernetesMetrics implements AutoCloseable {

  private final PlacementStatusGauges statuses;

  KubernetesMetrics(
      PlacementWatch watch,
      WatchEndpoint streams,
      KubernetesServer server,
      MeterRegistry registry) {
    this.statuses = new PlacementStatusGauges(watch, registry);
    Gauge.builder("workload.placement.watch.subscribers", streams, WatchEndpoint::openStreams)
        .description("Open watch streams")
        .register(registry);
    Gauge.builder("workload.placement.ready", server, s -> s.isReady() ? 1 : 0)
        .description("1 when /readyz answers 200: the informers have synced")
        .register(registry);
  }

  @Override
  public void close() {
    statuses.close();
  }
}

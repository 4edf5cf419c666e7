package io.workloadplacement.rest.metrics;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.workloadplacement.rest.docs.DocumentedExtension;
import io.workloadplacement.rest.docs.OpenApiFragment;
import java.util.Objects;

/**
 * {@code GET /metrics} in the Prometheus text format, and the request metrics behind it, as an
 * extension of the app ({@code PlacementApiSettings.Builder.extension}): any server built on the
 * REST adapter adds it with its own registry, where it may have bound meters of its own. Open like
 * health: it names routes and counts, never a placement's content.
 */
public final class MetricsEndpoint implements DocumentedExtension {

  /** Where the metrics are served. */
  public static final String PATH = "/metrics";

  // the Prometheus text exposition format, version 0.0.4
  private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;
  private final Runnable beforeScrape;

  /**
   * Serves {@code registry}; {@code beforeScrape} runs before each scrape, to refresh meters whose
   * set of series changes (one per cluster, say).
   */
  public MetricsEndpoint(PrometheusMeterRegistry registry, Runnable beforeScrape) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.beforeScrape = Objects.requireNonNull(beforeScrape, "beforeScrape");
  }

  /** Serves {@code registry} as it is. */
  public MetricsEndpoint(PrometheusMeterRegistry registry) {
    this(registry, () -> {});
  }

  @Override
  public void accept(JavalinConfig config) {
    config.requestLogger.http(new RequestMetrics(registry)::record);
    config.routes.get(PATH, this::serve);
  }

  @Override
  public OpenApiFragment openApi() {
    return OpenApiFragment.fromResource(MetricsEndpoint.class, "metrics.openapi.json");
  }

  private void serve(Context ctx) {
    beforeScrape.run();
    ctx.contentType(CONTENT_TYPE).result(registry.scrape());
  }
}

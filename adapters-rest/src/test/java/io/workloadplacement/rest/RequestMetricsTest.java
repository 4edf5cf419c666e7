package io.workloadplacement.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.workloadplacement.rest.metrics.MetricsEndpoint;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The reusable metrics extension on the bare REST app: any server built on it can add it. */
class RequestMetricsTest {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  @Test
  void requestsAreTimedByTheirRouteTemplateMethodAndStatus() {
    try (TestServer server = TestServer.start(b -> b.extension(new MetricsEndpoint(registry)))) {
      server.get(TestServer.BASE + "/one");
      server.get(TestServer.BASE + "/two");
      server.get(TestServer.BASE);
      server.get("/nowhere");

      Timer notFound =
          registry
              .get("http.server.requests")
              .tags("route", TestServer.BASE + "/{name}", "method", "GET", "status", "404")
              .timer();
      assertThat(notFound.count()).isEqualTo(2);
      assertThat(
              registry
                  .get("http.server.requests")
                  .tags("route", TestServer.BASE, "status", "200")
                  .timer()
                  .count())
          .isEqualTo(1);
      assertThat(registry.get("http.server.requests").tags("route", "unrouted").timer().count())
          .isEqualTo(1);
    }
  }

  @Test
  void metricsAreServedInThePrometheusTextFormatAfterTheRefreshHook() {
    AtomicInteger scrapes = new AtomicInteger();
    try (TestServer server =
        TestServer.start(
            b -> b.extension(new MetricsEndpoint(registry, scrapes::incrementAndGet)))) {
      server.get("/healthz");

      Reply metrics = server.get(MetricsEndpoint.PATH);

      assertThat(metrics.status()).isEqualTo(200);
      assertThat(metrics.header("Content-Type")).startsWith("text/plain; version=0.0.4");
      assertThat(metrics.body())
          .contains("# TYPE http_server_requests_seconds histogram")
          .contains(
              "http_server_requests_seconds_count{method=\"GET\",route=\"/healthz\",status=\"200\"} 1");
      assertThat(scrapes).hasValue(1);
    }
  }
}

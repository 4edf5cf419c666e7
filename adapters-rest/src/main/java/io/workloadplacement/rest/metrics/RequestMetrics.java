package io.workloadplacement.rest.metrics;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times every request into {@value #NAME}, tagged by route (the matched path template, so one
 * series per route rather than per placement), method and status, with a latency histogram.
 */
final class RequestMetrics {

  /** The timer's name; Prometheus shows it as {@code http_server_requests_seconds}. */
  static final String NAME = "http.server.requests";

  /** The route of a request no route matched: a static file, an unknown path. */
  static final String UNROUTED = "unrouted";

  private final MeterRegistry registry;
  // the registry would find the timer again from its id, sorted tags and all, on every request
  private final ConcurrentHashMap<Series, Timer> timers = new ConcurrentHashMap<>();

  /** The tags of one timer. */
  private record Series(String route, HandlerType method, int status) {}

  RequestMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** A Javalin request logger: called once a request is answered. */
  void record(Context ctx, Float executionTimeMs) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    Series series =
        new Series(matched == null ? UNROUTED : matched.path, ctx.method(), ctx.statusCode());
    timers
        .computeIfAbsent(series, this::register)
        .record(Duration.ofNanos((long) (executionTimeMs * 1_000_000.0)));
  }

  private Timer register(Series series) {
    return Timer.builder(NAME)
        .description("HTTP requests answered, by route, method and status")
        .tag("route", series.route())
        .tag("method", series.method().name())
        .tag("status", Integer.toString(series.status()))
        .publishPercentileHistogram()
        .register(registry);
  }
}

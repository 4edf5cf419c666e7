package io.workloadplacement.rest.metrics;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.workloadplacement.rest.http.PlainPathRouter;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

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
  // the registry would find a timer again from its id, sorted tags and all, on every request; a
  // matched route is found here by its endpoint's identity (one route and method each), an
  // unrouted request by its method, then the status
  private final Map<Endpoint, RouteTimers> routed = new ConcurrentHashMap<>();
  private final Map<HandlerType, RouteTimers> unrouted = new ConcurrentHashMap<>();

  RequestMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** A Javalin request logger: called once a request is answered. */
  void record(Context ctx, Float executionTimeMs) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    RouteTimers timers =
        matched == null
            ? unrouted.computeIfAbsent(ctx.method(), method -> new RouteTimers(UNROUTED, method))
            : routed.computeIfAbsent(
                matched, e -> new RouteTimers(PlainPathRouter.declaredRoute(e).path, ctx.method()));
    timers
        .of(ctx.statusCode())
        .record((long) (executionTimeMs * 1_000_000.0), TimeUnit.NANOSECONDS);
  }

  /** The timers of one route and method, by status. */
  private final class RouteTimers {
    private final String route;
    private final HandlerType method;
    // indexed by the status (three digits), made on its first request
    private final AtomicReferenceArray<Timer> byStatus = new AtomicReferenceArray<>(1000);

    RouteTimers(String route, HandlerType method) {
      this.route = route;
      this.method = method;
    }

    Timer of(int status) {
      if (status < 0 || status >= byStatus.length()) {
        return register(status); // not an HTTP status; the registry finds it again
      }
      Timer timer = byStatus.get(status);
      if (timer == null) {
        // two first requests may both register: the registry hands both the same timer
        timer = register(status);
        byStatus.set(status, timer);
      }
      return timer;
    }

    private Timer register(int status) {
      return Timer.builder(NAME)
          .description("HTTP requests answered, by route, method and status")
          .tag("route", route)
          .tag("method", method.name())
          .tag("status", Integer.toString(status))
          .publishPercentileHistogram()
          .register(registry);
    }
  }
}

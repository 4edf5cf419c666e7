package io.workloadplacement.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.workloadplacement.domain.model.DurationText;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.json.JsonMapping;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.clock.ClockState;
import io.workloadplacement.simulator.fault.ApiFault;
import io.workloadplacement.simulator.fault.FaultEffect;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Applies the fault rules to the client-facing API, in before-handlers on every request: a rule
 * that fires for the call's operation and placement answers it with its error, or delays it.
 *
 * <p>Latency is simulated time. In realtime mode the answer waits that long divided by the clock's
 * speed (at most {@link #MAX_REAL_DELAY} of real time); the wait does not hold a server thread. In
 * manual mode simulated time moves only on {@code advance}, and holding the request until someone
 * advances would hang any client that advances only after its call returns, so the answer is not
 * delayed. Either way the response carries {@code X-Simulated-Latency}, so a client can see the
 * fault fired.
 */
final class ApiFaultFilter {

  /** The response header naming the latency a fault added. */
  static final String LATENCY_HEADER = "X-Simulated-Latency";

  /** The longest real wait a latency fault causes. */
  static final Duration MAX_REAL_DELAY = Duration.ofSeconds(60);

  private static final String PENDING = ApiFaultFilter.class.getName() + ".pending";

  private final Simulator simulator;
  private final Executor delays;

  ApiFaultFilter(Simulator simulator, Executor delays) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
    this.delays = Objects.requireNonNull(delays, "delays");
  }

  void register(RoutesConfig routes) {
    // two steps: the first may suspend the request for the latency, the second then answers
    routes.before(this::decide);
    routes.before(this::answer);
  }

  private void decide(Context ctx) {
    if (simulator.faults().rules().isEmpty()) {
      return; // the usual case: do not even look at the request
    }
    Optional<ApiCall> call = ApiCall.of(ctx.method().name(), ctx.path()).map(c -> named(c, ctx));
    if (call.isEmpty()) {
      return;
    }
    Optional<ApiFault> fault =
        simulator.faults().matchApi(call.get().operation(), call.get().placement());
    if (fault.isEmpty()) {
      return;
    }
    Duration latency = latencyOf(fault.get());
    if (fault.get() instanceof FaultEffect.ApiError error) {
      ctx.attribute(PENDING, InjectedErrors.of(error, call.get().operation()));
    }
    if (!latency.isZero()) {
      ctx.header(LATENCY_HEADER, DurationText.format(latency));
      long nanos = realNanos(latency, simulator.clock());
      if (nanos > 0) {
        Executor later = CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS, delays);
        ctx.future(() -> CompletableFuture.runAsync(() -> {}, later));
      }
    }
  }

  private void answer(Context ctx) {
    io.workloadplacement.rest.http.ApiError error = ctx.attribute(PENDING);
    if (error != null) {
      throw new ApiErrorException(error);
    }
  }

  /** A create's placement is the one its body names, if the body says. */
  private static ApiCall named(ApiCall call, Context ctx) {
    if (call.placement().isPresent() || !ctx.method().name().equals("POST")) {
      return call;
    }
    try {
      JsonNode name = JsonMapping.objectMapper().readTree(ctx.bodyAsBytes()).path("name");
      return call.named(name.isTextual() ? Optional.of(name.asText()) : Optional.empty());
    } catch (IOException | RuntimeException e) {
      // a body the API will refuse anyway names nothing; the API answers it as usual
      return call;
    }
  }

  private static Duration latencyOf(ApiFault fault) {
    if (fault instanceof FaultEffect.Latency latency) {
      return latency.duration();
    }
    return ((FaultEffect.ApiError) fault).delay();
  }

  /** How long to wait in real time for {@code latency} of simulated time. */
  static long realNanos(Duration latency, ClockState clock) {
    if (clock.mode() == ClockMode.MANUAL) {
      return 0;
    }
    double nanos = (latency.getSeconds() * 1e9 + latency.getNano()) / clock.speed();
    return (long) Math.min(nanos, MAX_REAL_DELAY.toNanos());
  }
}

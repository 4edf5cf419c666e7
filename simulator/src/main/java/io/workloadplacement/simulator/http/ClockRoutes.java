package io.workloadplacement.simulator.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.ApiResponses;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.clock.ClockState;
import io.workloadplacement.simulator.clock.Durations;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code GET|PUT /sim/v1/clock} (time, mode, speed) and {@code POST /sim/v1/clock/advance}, which
 * runs every transition due in the span, in order, and answers with the clock after it.
 */
final class ClockRoutes {

  /** {@code PUT /sim/v1/clock}: either field may be left out to keep it. */
  record ClockChange(String mode, Double speed) {}

  /** {@code POST /sim/v1/clock/advance}. */
  record Advance(String duration) {}

  private final Simulator simulator;

  ClockRoutes(Simulator simulator) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
  }

  void register(RoutesConfig routes) {
    routes.get(SimulatorControlApi.BASE + "/clock", this::get);
    routes.put(SimulatorControlApi.BASE + "/clock", this::put);
    routes.post(SimulatorControlApi.BASE + "/clock/advance", this::advance);
  }

  private void get(Context ctx) {
    ApiResponses.ok(ctx, "Success", ControlViews.clock(simulator.clock()));
  }

  private void put(Context ctx) {
    ClockChange change = ControlBodies.read(ctx, ClockChange.class);
    Optional<ClockMode> mode = Optional.empty();
    if (change.mode() != null) {
      mode =
          Optional.of(
              ClockMode.fromWireName(change.mode())
                  .orElseThrow(
                      () ->
                          new ApiErrorException(
                              ControlErrors.invalid("mode", "must be manual or realtime"))));
    }
    OptionalDouble speed =
        change.speed() == null ? OptionalDouble.empty() : OptionalDouble.of(change.speed());
    ClockState state;
    try {
      state = simulator.setClock(mode, speed);
    } catch (IllegalArgumentException e) {
      throw new ApiErrorException(ControlErrors.invalid("speed", e.getMessage()));
    }
    ApiResponses.ok(ctx, "Clock updated", ControlViews.clock(state));
  }

  private void advance(Context ctx) {
    Advance request = ControlBodies.read(ctx, Advance.class);
    Duration span;
    try {
      span = Durations.parse(request.duration());
    } catch (IllegalArgumentException e) {
      throw new ApiErrorException(ControlErrors.invalid("duration", e.getMessage()));
    }
    simulator.advance(span);
    ApiResponses.ok(ctx, "Clock advanced", ControlViews.clock(simulator.clock()));
  }
}

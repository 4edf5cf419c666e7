package io.workloadplacement.simulator.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.workloadplacement.rest.http.ApiResponses;
import io.workloadplacement.simulator.Simulator;
import java.util.Objects;

/**
 * {@code POST /sim/v1/reset}: no placements, empty clusters, no fault rules, the clock back at its
 * start; the topology stays. Watchers get a DELETED event for every placement there was.
 */
final class ResetRoute {

  private final Simulator simulator;

  ResetRoute(Simulator simulator) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
  }

  void register(RoutesConfig routes) {
    routes.post(SimulatorControlApi.BASE + "/reset", this::reset);
  }

  private void reset(Context ctx) {
    simulator.reset();
    ApiResponses.ok(ctx, "Simulator reset", ControlViews.clock(simulator.clock()));
  }
}

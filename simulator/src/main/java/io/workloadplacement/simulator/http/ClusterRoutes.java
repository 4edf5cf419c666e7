package io.workloadplacement.simulator.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.ApiResponses;
import io.workloadplacement.simulator.Simulator;
import java.util.Objects;

/**
 * {@code GET /sim/v1/clusters} and {@code GET /sim/v1/clusters/{name}}: capacity, GPUs in use and
 * by whom, what the steps deployed, and the command log.
 */
final class ClusterRoutes {

  private final Simulator simulator;

  ClusterRoutes(Simulator simulator) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
  }

  void register(RoutesConfig routes) {
    routes.get(SimulatorControlApi.BASE + "/clusters", this::list);
    routes.get(SimulatorControlApi.BASE + "/clusters/{name}", this::get);
  }

  private void list(Context ctx) {
    ApiResponses.ok(
        ctx, "Success", simulator.clusters().stream().map(ControlViews::cluster).toList());
  }

  private void get(Context ctx) {
    String name = ctx.pathParam("name");
    ApiResponses.ok(
        ctx,
        "Success",
        simulator
            .cluster(name)
            .map(ControlViews::cluster)
            .orElseThrow(() -> new ApiErrorException(ControlErrors.clusterNotFound(name))));
  }
}

package io.workloadplacement.simulator.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.ApiResponses;
import io.workloadplacement.rest.placement.PlacementRepresentation;
import io.workloadplacement.simulator.Simulator;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the control API does to one placement: {@code PUT /sim/v1/placements/{name}/status} jumps it
 * to any status (status, conditions and cluster resources filled in as the lifecycle would have),
 * and {@code GET /sim/v1/placements/{name}/timeline} tells what happened to it and what is due
 * next. An unknown placement is the contract's 404.
 */
final class PlacementControlRoutes {

  /** {@code PUT /sim/v1/placements/{name}/status}. */
  record StatusJump(String provisioningStatus) {}

  private static final String STATUSES =
      Arrays.stream(ProvisioningStatus.values())
          .map(ProvisioningStatus::wireName)
          .collect(Collectors.joining(", "));

  private final Simulator simulator;

  PlacementControlRoutes(Simulator simulator) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
  }

  void register(RoutesConfig routes) {
    String base = SimulatorControlApi.BASE + "/placements/{name}";
    routes.put(base + "/status", this::jump);
    routes.get(base + "/timeline", this::timeline);
  }

  private void jump(Context ctx) {
    String name = ctx.pathParam("name");
    StatusJump request = ControlBodies.read(ctx, StatusJump.class);
    if (request.provisioningStatus() == null) {
      throw new ApiErrorException(
          ControlErrors.invalid("provisioningStatus", "is required: one of " + STATUSES));
    }
    ProvisioningStatus status =
        ProvisioningStatus.fromWireName(request.provisioningStatus())
            .orElseThrow(
                () ->
                    new ApiErrorException(
                        ControlErrors.invalid("provisioningStatus", "must be one of " + STATUSES)));
    VersionedPlacement jumped;
    try {
      jumped = simulator.jumpToStatus(name, status);
    } catch (IllegalStateException e) {
      throw new ApiErrorException(ControlErrors.jumpRefused(name, e.getMessage()));
    }
    ctx.header("ETag", PlacementRepresentation.etagOf(jumped));
    ApiResponses.ok(ctx, "Status set to " + status.wireName(), PlacementRepresentation.of(jumped));
  }

  private void timeline(Context ctx) {
    ApiResponses.ok(
        ctx, "Success", ControlViews.timeline(simulator.timeline(ctx.pathParam("name"))));
  }
}

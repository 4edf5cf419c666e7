package io.workloadplacement.rest;

import io.javalin.http.Context;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.ApiResponses;
import io.workloadplacement.rest.http.HttpErrors;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Liveness ({@code /healthz}: the process answers) and readiness ({@code /readyz}). */
final class ServiceRoutes {

  private final BooleanSupplier readiness;

  ServiceRoutes(BooleanSupplier readiness) {
    this.readiness = readiness;
  }

  void health(Context ctx) {
    ApiResponses.ok(ctx, "Success", Map.of("status", "ok"));
  }

  void readiness(Context ctx) {
    if (!readiness.getAsBoolean()) {
      throw new ApiErrorException(HttpErrors.notReady());
    }
    ApiResponses.ok(ctx, "Success", Map.of("status", "ready"));
  }
}

package io.workloadplacement.rest;

import io.javalin.http.Context;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.ApiResponses;
import io.workloadplacement.rest.http.HttpErrors;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Liveness ({@code /healthz}: the process answers) and readiness ({@code /readyz}). */
final class ServiceRoutes {

  /**
   * The envelope of every {@code /healthz} answer, written out: serializing it would make the first
   * health check of a cold start load Jackson's databind ({@code ServiceRoutesTest} holds it to
   * what {@link ApiResponses} writes).
   */
  static final byte[] HEALTHY =
      "{\"statusCode\":200,\"status\":\"OK\",\"message\":\"Success\",\"data\":{\"status\":\"ok\"}}"
          .getBytes(StandardCharsets.UTF_8);

  private final BooleanSupplier readiness;

  ServiceRoutes(BooleanSupplier readiness) {
    this.readiness = readiness;
  }

  void health(Context ctx) {
    ApiResponses.okBytes(ctx, HEALTHY);
  }

  void readiness(Context ctx) {
    if (!readiness.getAsBoolean()) {
      throw new ApiErrorException(HttpErrors.notReady());
    }
    ApiResponses.ok(ctx, "Success", Map.of("status", "ready"));
  }
}

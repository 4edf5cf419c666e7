package io.workloadplacement.rest;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.workloadplacement.domain.failure.IllegalTransitionException;
import io.workloadplacement.domain.failure.PlacementException;
import io.workloadplacement.rest.http.ApiError;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.ApiResponses;
import io.workloadplacement.rest.http.HttpErrors;
import io.workloadplacement.rest.http.JsonBodies;
import io.workloadplacement.rest.http.RequestIds;
import io.workloadplacement.rest.placement.Operation;
import io.workloadplacement.rest.placement.PlacementErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns everything a handler throws into an envelope: an {@link ApiErrorException} as it says, a
 * domain failure through {@link PlacementErrors}, Javalin's own 404/405/413 in the API's words, and
 * anything else into a 500 that is logged with the request id and tells the client nothing more.
 */
final class ErrorHandling {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

  private ErrorHandling() {}

  static void register(RoutesConfig routes) {
    routes.exception(ApiErrorException.class, (e, ctx) -> ApiResponses.error(ctx, e.error()));
    routes.exception(PlacementException.class, ErrorHandling::placementFailure);
    routes.exception(HttpResponseException.class, ErrorHandling::httpFailure);
    routes.exception(Exception.class, ErrorHandling::unexpected);
  }

  private static void placementFailure(PlacementException e, Context ctx) {
    if (e instanceof IllegalTransitionException) {
      // a server bug, not a client's mistake: keep the whole story in the log
      LOG.error("requestId={} {}", RequestIds.of(ctx), e.getMessage(), e);
    }
    ApiResponses.error(ctx, PlacementErrors.of(e, Operation.of(ctx)));
  }

  private static void httpFailure(HttpResponseException e, Context ctx) {
    String method = ctx.method().name();
    ApiError error =
        switch (e.getStatus()) {
          case 404 -> HttpErrors.routeNotFound(method, ctx.path());
          case 405 -> {
            String allowed = e.getDetails().get("availableMethods");
            if (allowed == null) {
              allowed = e.getDetails().getOrDefault("Available methods", "");
            }
            ctx.header("Allow", allowed);
            yield HttpErrors.methodNotAllowed(method, ctx.path(), allowed);
          }
          case 413 -> HttpErrors.tooLarge(JsonBodies.MAX_BYTES);
          default -> HttpErrors.generic(e.getStatus(), e.getMessage());
        };
    ApiResponses.error(ctx, error);
  }

  private static void unexpected(Exception e, Context ctx) {
    String requestId = RequestIds.of(ctx);
    LOG.error("requestId={} unexpected failure", requestId, e);
    ApiResponses.error(ctx, HttpErrors.internal(requestId));
  }
}

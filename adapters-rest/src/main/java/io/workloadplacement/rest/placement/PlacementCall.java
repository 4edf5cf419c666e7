package io.workloadplacement.rest.placement;

import io.javalin.http.Context;
import java.util.Objects;

/**
 * One request of the placement API as a use-case decorator sees it: which operation it is, and a
 * way to add a response header; Javalin's {@code Context} stays inside the adapter.
 */
public final class PlacementCall {

  private final Context ctx;

  private PlacementCall(Context ctx) {
    this.ctx = Objects.requireNonNull(ctx, "ctx");
  }

  /** The call {@code ctx} is; the placement routes mark their operation before any use case. */
  public static PlacementCall of(Context ctx) {
    return new PlacementCall(ctx);
  }

  /** The operation the request is, {@link Operation#OTHER} outside the placement routes. */
  public Operation operation() {
    return Operation.of(ctx);
  }

  /** Adds {@code name: value} to the response, whatever it turns out to be. */
  public void header(String name, String value) {
    ctx.header(name, value);
  }
}

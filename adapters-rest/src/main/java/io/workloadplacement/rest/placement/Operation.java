package io.workloadplacement.rest.placement;

import io.javalin.http.Context;

/**
 * Which operation a request is: the contract words a few failures differently per operation (a
 * store failure is a 500 on LIST, a 503 elsewhere).
 */
public enum Operation {
  CREATE,
  LIST,
  GET,
  UPDATE,
  DELETE,
  /** A use case called from outside the placement routes (an extension's route). */
  OTHER;

  private static final String ATTRIBUTE = Operation.class.getName();

  /** Records that {@code ctx} is this operation. */
  void markOn(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }

  /** The operation {@code ctx} was marked with, {@link #OTHER} when none. */
  public static Operation of(Context ctx) {
    Operation operation = ctx.attribute(ATTRIBUTE);
    return operation == null ? OTHER : operation;
  }
}

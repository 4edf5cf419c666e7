package io.workloadplacement.domain.failure;

/** A list's {@code continue} token was not issued by this server. */
public final class InvalidContinueTokenException extends PlacementException {

  public InvalidContinueTokenException() {
    super("the continue token is invalid: start the list again without it");
  }
}

package io.workloadplacement.domain.failure;

/** The placement store or a cluster backend could not be reached or failed. */
public final class StoreUnavailableException extends PlacementException {

  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreUnavailableException(String message) {
    super(message);
  }
}

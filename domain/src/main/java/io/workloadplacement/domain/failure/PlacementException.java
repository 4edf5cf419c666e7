package io.workloadplacement.domain.failure;

/**
 * An expected failure of a use case. Each subtype is one error of the contract, which the REST
 * adapter maps to HTTP in exactly one place.
 */
public abstract sealed class PlacementException extends RuntimeException
    permits PlacementAlreadyExistsException,
        PlacementNotFoundException,
        PlacementValidationException,
        InvalidUpdateException,
        DeletionRestrictedException,
        DeletionPendingException,
        VersionConflictException,
        UnknownWorkspaceException,
        UnknownClusterException,
        InvalidContinueTokenException,
        IllegalTransitionException,
        StoreUnavailableException,
        WriteForbiddenException,
        WriteContentionException {

  protected PlacementException(String message) {
    super(message, null, false, false);
  }

  protected PlacementException(String message, Throwable cause) {
    super(message, cause, false, true);
  }
}

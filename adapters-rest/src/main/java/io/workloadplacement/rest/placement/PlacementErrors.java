package io.workloadplacement.rest.placement;

import io.workloadplacement.domain.failure.DeletionPendingException;
import io.workloadplacement.domain.failure.DeletionRestrictedException;
import io.workloadplacement.domain.failure.IllegalTransitionException;
import io.workloadplacement.domain.failure.InvalidContinueTokenException;
import io.workloadplacement.domain.failure.InvalidUpdateException;
import io.workloadplacement.domain.failure.PlacementAlreadyExistsException;
import io.workloadplacement.domain.failure.PlacementException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.PlacementValidationException;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.failure.UnknownClusterException;
import io.workloadplacement.domain.failure.UnknownWorkspaceException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.failure.WriteContentionException;
import io.workloadplacement.domain.failure.WriteForbiddenException;
import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.PlacementField;
import io.workloadplacement.rest.auth.AuthErrors;
import io.workloadplacement.rest.http.ApiError;
import io.workloadplacement.rest.http.Envelope.FieldError;
import io.workloadplacement.rest.http.HttpErrors;
import java.util.List;
import java.util.Set;

/**
 * Every expected failure of the domain as HTTP, in this one place. Texts the contract quotes are
 * copied from it; the others are this project's (README, REST adapter).
 */
public final class PlacementErrors {

  private static final String CONFLICT = "Conflict";
  private static final String NOT_FOUND = "NotFound";

  private PlacementErrors() {}

  /**
   * The error response for {@code failure} of {@code operation}.
   *
   * <p>Java 17 has no pattern switch, so this is an {@code instanceof} chain over the sealed
   * family; {@code PlacementErrorsTest} builds one failure of every permitted subtype and fails
   * when a new subtype is not mapped here.
   */
  public static ApiError of(PlacementException failure, Operation operation) {
    if (failure instanceof PlacementAlreadyExistsException e) {
      return alreadyExists(e.name());
    } else if (failure instanceof PlacementNotFoundException e) {
      return notFound(e.name());
    } else if (failure instanceof PlacementValidationException e) {
      return validation(e.violations());
    } else if (failure instanceof InvalidUpdateException e) {
      return invalidUpdate(e);
    } else if (failure instanceof DeletionRestrictedException) {
      return deletionRestricted();
    } else if (failure instanceof DeletionPendingException e) {
      return deletionPending(e);
    } else if (failure instanceof VersionConflictException e) {
      return versionConflict(e);
    } else if (failure instanceof UnknownWorkspaceException e) {
      return unknownWorkspace(e);
    } else if (failure instanceof UnknownClusterException e) {
      return unknownCluster(e);
    } else if (failure instanceof InvalidContinueTokenException e) {
      return invalidContinueToken(e);
    } else if (failure instanceof StoreUnavailableException e) {
      return storeUnavailable(e, operation);
    } else if (failure instanceof WriteForbiddenException e) {
      return AuthErrors.forbidden(e.workspaceName());
    } else if (failure instanceof WriteContentionException e) {
      return writeContention(e);
    } else if (failure instanceof IllegalTransitionException) {
      // a client's request never drives the lifecycle: reaching here is a server bug
      return lifecycleFault();
    }
    throw new IllegalStateException("unmapped failure " + failure.getClass().getName());
  }

  /** The domain's violations as a 400 {@code ValidationError}. */
  public static ApiError validation(List<FieldViolation> violations) {
    return HttpErrors.validation(
        violations.stream().map(v -> new FieldError(v.field(), v.message())).toList());
  }

  private static ApiError alreadyExists(String name) {
    return ApiError.builder(409, "Already Exists")
        .errorMessage("Already Exists")
        .dataMessage("Error registering WorkloadPlacement")
        .cause("workloadplacements.worker.kubeslice.io \"" + name + "\" already exists")
        .reason("AlreadyExists")
        .build();
  }

  private static ApiError notFound(String name) {
    return ApiError.builder(404, "Not Found")
        .errorMessage("Workload Placement not found")
        .dataMessage("WorkloadPlacement with name '" + name + "' not found")
        .cause("resource not found")
        .reason(NOT_FOUND)
        .build();
  }

  private static ApiError invalidUpdate(InvalidUpdateException e) {
    return ApiError.builder(409, "Field update not allowed")
        .errorKey("InvalidUpdate")
        .errorMessage(
            "Cannot update "
                + join(e.fields(), "or")
                + " when provisioningStatus is "
                + e.status().wireName())
        .dataMessage("Invalid field update")
        .cause(invalidUpdateDetail(e))
        .reason(CONFLICT)
        .details("Modification restricted")
        .build();
  }

  /**
   * The seed's "workspaceName and name are immutable fields" when exactly those two are refused, "X
   * is an immutable field" for one of them, and otherwise which fields the status freezes.
   */
  private static String invalidUpdateDetail(InvalidUpdateException e) {
    Set<PlacementField> fields = e.fields();
    Set<PlacementField> immutable = Set.of(PlacementField.WORKSPACE_NAME, PlacementField.NAME);
    if (immutable.containsAll(fields)) {
      return fields.size() == 1
          ? fields.iterator().next().wireName() + " is an immutable field"
          : join(fields, "and") + " are immutable fields";
    }
    return join(fields, "and")
        + " cannot be changed when provisioningStatus is "
        + e.status().wireName();
  }

  private static ApiError deletionRestricted() {
    return ApiError.builder(409, "Deletion not permitted for completed workload")
        .errorKey("DeletionRestricted")
        .errorMessage(
            "Cannot delete workload placement when phase is Successful, Completed, or Failed")
        .dataMessage("Deletion restricted")
        .cause("WorkloadPlacement cannot be deleted after completion")
        .reason(CONFLICT)
        .details("Deletion blocked by status phase")
        .build();
  }

  private static ApiError deletionPending(DeletionPendingException e) {
    return ApiError.builder(409, "Deletion pending")
        .errorKey("DeletionPending")
        .errorMessage("The workload placement is being deleted but is held by finalizers")
        .dataMessage("Deletion pending")
        .cause(e.getMessage())
        .reason(CONFLICT)
        .details(
            "The store removes it once its finalizers are removed; no further request is needed")
        .build();
  }

  private static ApiError versionConflict(VersionConflictException e) {
    return ApiError.builder(412, "Precondition Failed")
        .errorKey("PreconditionFailed")
        .errorMessage("Workload Placement was modified")
        .dataMessage("WorkloadPlacement with name '" + e.name() + "' was modified")
        .cause(
            "Operation cannot be fulfilled on workloadplacements.worker.kubeslice.io \""
                + e.name()
                + "\": the object has been modified; please apply your changes to the latest"
                + " version and try again")
        .reason(CONFLICT)
        .details("If-Match does not match the current ETag")
        .build();
  }

  private static ApiError unknownWorkspace(UnknownWorkspaceException e) {
    return ApiError.builder(404, "Not Found")
        .errorKey("WorkspaceNotFound")
        .errorMessage("Workspace not found")
        .dataMessage("Workspace with name '" + e.workspaceName() + "' not found")
        .cause("resource not found")
        .reason(NOT_FOUND)
        .build();
  }

  private static ApiError unknownCluster(UnknownClusterException e) {
    return ApiError.builder(404, "Not Found")
        .errorKey("ClusterNotFound")
        .errorMessage("Cluster not found")
        .dataMessage(
            "Cluster '" + e.clusterName() + "' not found in workspace '" + e.workspaceName() + "'")
        .cause("resource not found")
        .reason(NOT_FOUND)
        .build();
  }

  private static ApiError invalidContinueToken(InvalidContinueTokenException e) {
    return ApiError.builder(400, "Bad Request")
        .errorKey("InvalidContinueToken")
        .errorMessage("Invalid continue token")
        .dataMessage("Error retrieving workload placements")
        .cause(e.getMessage())
        .reason("BadRequest")
        .build();
  }

  /**
   * The contract's 500 for a list whose store failed (the seed's example, the store's words as
   * Errormessage); 503 for every other operation, since the store may come back.
   */
  private static ApiError storeUnavailable(StoreUnavailableException e, Operation operation) {
    if (operation == Operation.LIST) {
      return ApiError.builder(500, "Internal Server Error")
          .errorMessage("Failed to fetch workload placements")
          .dataMessage("Error retrieving workload placements")
          .cause(e.getMessage())
          .reason("InternalError")
          .build();
    }
    return ApiError.builder(503, "Service Unavailable")
        .errorMessage("Workload placement store unavailable")
        .dataMessage("Error accessing workload placements")
        .cause(e.getMessage())
        .reason("ServiceUnavailable")
        .build();
  }

  /**
   * 503 for a write without {@code If-Match} that kept losing races: the client did not pin a
   * version, so a 412 would blame an If-Match it never sent; trying again later succeeds.
   */
  private static ApiError writeContention(WriteContentionException e) {
    return ApiError.builder(503, "Service Unavailable")
        .errorKey("WriteContention")
        .errorMessage("Workload placement is changing too often to write now")
        .dataMessage("Error writing workload placement")
        .cause(e.getMessage())
        .reason("ServiceUnavailable")
        .details("Retry the request")
        .build();
  }

  private static ApiError lifecycleFault() {
    return ApiError.builder(500, "Internal Server Error")
        .errorMessage("An unexpected error occurred")
        .dataMessage("Internal error")
        .cause("the placement's lifecycle refused a transition; see the server log")
        .reason("InternalError")
        .build();
  }

  /** "a", "a or b", "a, b or c" (with {@code word} "or" or "and"), in the contract's order. */
  static String join(Set<PlacementField> fields, String word) {
    List<String> names = fields.stream().sorted().map(PlacementField::wireName).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " "
        + word
        + " "
        + names.get(names.size() - 1);
  }
}

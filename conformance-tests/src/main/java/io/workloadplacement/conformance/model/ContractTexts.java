package io.workloadplacement.conformance.model;

/** The exact texts of section 4 of the contract, as the model expects them in responses. */
public final class ContractTexts {

  public static final String BASE = "/api/v1/workload-placement";
  public static final String REFERENCE_DOCUMENTATION =
      "https://docs.avesha.io/documentation/enterprise-egs";

  public static final String SUCCESS = "Success";
  public static final String UPDATED = "Workload Placement updated successfully";
  public static final String DELETED = "Workload Placement deleted successfully";

  public static final String ALREADY_EXISTS = "Already Exists";
  public static final String ALREADY_EXISTS_NESTED = "Error registering WorkloadPlacement";
  public static final String ALREADY_EXISTS_REASON = "AlreadyExists";

  public static final String NOT_FOUND = "Not Found";
  public static final String NOT_FOUND_ERROR = "Workload Placement not found";
  public static final String NOT_FOUND_DETAIL = "resource not found";
  public static final String NOT_FOUND_REASON = "NotFound";

  public static final String INVALID_UPDATE = "Field update not allowed";
  public static final String INVALID_UPDATE_KEY = "InvalidUpdate";
  public static final String INVALID_UPDATE_NESTED = "Invalid field update";
  public static final String INVALID_UPDATE_DETAILS = "Modification restricted";

  public static final String DELETION_RESTRICTED = "Deletion not permitted for completed workload";
  public static final String DELETION_RESTRICTED_KEY = "DeletionRestricted";
  public static final String DELETION_RESTRICTED_ERROR =
      "Cannot delete workload placement when phase is Successful, Completed, or Failed";
  public static final String DELETION_RESTRICTED_NESTED = "Deletion restricted";
  public static final String DELETION_RESTRICTED_DETAIL =
      "WorkloadPlacement cannot be deleted after completion";
  public static final String DELETION_RESTRICTED_DETAILS = "Deletion blocked by status phase";

  public static final String CONFLICT_REASON = "Conflict";
  public static final String VALIDATION_ERROR_KEY = "ValidationError";
  public static final String MALFORMED_JSON_KEY = "MalformedJson";

  public static final String INTERNAL_ERROR = "Internal Server Error";
  public static final String LIST_FAILED = "Failed to fetch workload placements";

  private ContractTexts() {}

  /** The nested Errormessage of a 409 on create. */
  public static String alreadyExistsDetail(String name) {
    return "workloadplacements.worker.kubeslice.io \"" + name + "\" already exists";
  }

  /** The nested Message of a 404 on get, update or delete. */
  public static String notFoundNested(String name) {
    return "WorkloadPlacement with name '" + name + "' not found";
  }
}

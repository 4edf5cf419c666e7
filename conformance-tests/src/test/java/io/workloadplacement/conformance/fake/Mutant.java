package io.workloadplacement.conformance.fake;

/** Deliberate bugs the {@link ContractFakeServer} can carry; the suite must catch each. */
public enum Mutant {
  /** conforms */
  NONE,
  /** lets a Successful placement be deleted */
  DELETE_SUCCESSFUL,
  /** answers 201 instead of 200 on create */
  CREATE_201,
  /** drops the first violation from error.fields */
  DROP_VIOLATION,
  /** loses an update under concurrency (read-modify-write without a lock) */
  LOST_UPDATE,
  /** lets clusters change while InProgress */
  CLUSTERS_MUTABLE_IN_PROGRESS,
  /** repeats the last item of a page at the start of the next */
  PAGING_REPEATS,
  /** returns the write-only secretRef */
  LEAKS_SECRET_REF,
  /** never completes a burst */
  BURST_NEVER_ENDS,
  /** puts statusCode 200 in the body of a 404 */
  ENVELOPE_STATUS_MISMATCH
}

package io.workloadplacement.conformance.inprocess;

/**
 * Deliberate bugs planted in the real app (REST adapter + simulator backend) from outside: in a
 * decorator of the simulator's use cases, a Javalin handler, or an override of a control route. The
 * domain and the simulator are not edited. Each names the property expected to catch it first.
 */
enum RealMutant {
  /** the use cases let a Successful placement be deleted (it is moved back to Pending first) */
  DELETE_SUCCESSFUL("updates-and-deletions"),
  /** an {@code after} handler answers a successful create with 201 */
  CREATE_201("valid-placements"),
  /** the use cases drop the first violation of a validation failure with several */
  DROP_VIOLATION("invalid-placements"),
  /**
   * the use cases update by read, merge, then write everything back: concurrent updates get lost
   */
  LOST_UPDATE("updates-and-deletions"),
  /** the use cases ignore the provisioningStatus filter of a list */
  LIST_IGNORES_STATUS_FILTER("list-and-paging"),
  /** the lifecycle skips Queued: a move to Queued lands in InProgress */
  SKIPS_QUEUED("lifecycle"),
  /**
   * a move to Queued passes through InProgress first: GET never sees it, the watch does (an
   * InProgress -> Queued transition)
   */
  TRANSIENT_IN_PROGRESS("watch"),
  /**
   * the use cases let clusters change while InProgress (back to Pending, update, on to InProgress)
   */
  CLUSTERS_MUTABLE_IN_PROGRESS("updates-and-deletions"),
  /** the use cases repeat the last item of a page at the start of the next */
  PAGING_REPEATS("list-and-paging"),
  /** an {@code after} handler writes the stored, write-only secretRef into what GET shows */
  LEAKS_SECRET_REF("valid-placements"),
  /** an {@code after} handler puts statusCode 200 in the body of a 404 */
  ENVELOPE_STATUS_MISMATCH("envelope"),
  /** after every clock advance, a Completed placement is jumped back to Successful */
  BURST_NEVER_ENDS("lifecycle"),
  /**
   * an {@code after} handler drops {@code gprDetails} from every placement a GET or LIST answers
   */
  DROPS_GPR_DETAILS("valid-placements");

  private final String caughtBy;

  RealMutant(String caughtBy) {
    this.caughtBy = caughtBy;
  }

  /** The id of the property expected to catch it. */
  String caughtBy() {
    return caughtBy;
  }
}

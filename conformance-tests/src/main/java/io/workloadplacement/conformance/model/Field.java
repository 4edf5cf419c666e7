package io.workloadplacement.conformance.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The client-settable top-level fields of a placement (section 1, and the new fields of section 7),
 * for the update table.
 */
public enum Field {
  workspaceName,
  name,
  clusters,
  burstDuration,
  deletionPolicy,
  helmConfigs,
  manifestResources,
  cmdExec,
  steps,
  numPlacements,
  workloadTemplateName,
  serviceAccountName,
  enableBurst,
  enableEGS,
  gprDetails;

  /** The optional config lists: absent and empty mean the same. */
  public static final Set<Field> OPTIONAL_LISTS =
      EnumSet.of(helmConfigs, manifestResources, cmdExec);

  /**
   * The update table of section 4: which fields may change in {@code status} (section 7's new
   * fields are among "everything but workspaceName and name"). Kept as a table, as the contract
   * writes it, not derived from the lifecycle.
   */
  public static Set<Field> mutableIn(Status status) {
    return switch (status) {
      case PENDING, QUEUED -> EnumSet.complementOf(EnumSet.of(workspaceName, name));
      case IN_PROGRESS, SUCCESSFUL -> EnumSet.of(burstDuration, deletionPolicy);
      case COMPLETED, FAILED -> EnumSet.noneOf(Field.class);
    };
  }

  /** Where {@code PUT .../{name}/enable-egs} may set enableEGS: every status but the final two. */
  public static boolean egsEnableableIn(Status status) {
    return status != Status.COMPLETED && status != Status.FAILED;
  }

  /** The deletion table of section 4: Pending, Queued and InProgress only. */
  public static boolean deletableIn(Status status) {
    return status == Status.PENDING || status == Status.QUEUED || status == Status.IN_PROGRESS;
  }
}

package io.workloadplacement.domain.rules;

import io.workloadplacement.domain.model.ProvisioningStatus;

/** In which provisioning statuses a placement may be deleted (section 4 of the contract). */
public final class DeletionRule {

  private DeletionRule() {}

  /** True when a placement in {@code status} may be deleted: Pending, Queued or InProgress. */
  public static boolean allows(ProvisioningStatus status) {
    return switch (status) {
      case PENDING, QUEUED, IN_PROGRESS -> true;
      case SUCCESSFUL, COMPLETED, FAILED -> false;
    };
  }
}

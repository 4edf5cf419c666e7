package io.workloadplacement.domain.rules;

import io.workloadplacement.domain.model.ProvisioningStatus;

/** In which provisioning statuses enableEGS may be set (contract section 7). */
public final class EnableEgsRule {

  private EnableEgsRule() {}

  /** True when enableEGS may be set in {@code status}: every status but Completed and Failed. */
  public static boolean allows(ProvisioningStatus status) {
    return switch (status) {
      case PENDING, QUEUED, IN_PROGRESS, SUCCESSFUL -> true;
      case COMPLETED, FAILED -> false;
    };
  }
}

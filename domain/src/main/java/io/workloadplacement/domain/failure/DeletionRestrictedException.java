package io.workloadplacement.domain.failure;

import io.workloadplacement.domain.model.ProvisioningStatus;

/** The placement's provisioning status does not allow deletion. */
public final class DeletionRestrictedException extends PlacementException {
  private final String name;
  private final ProvisioningStatus status;

  public DeletionRestrictedException(String name, ProvisioningStatus status) {
    super("workload placement \"" + name + "\" cannot be deleted when it is " + status);
    this.name = name;
    this.status = status;
  }

  /** The placement's name. */
  public String name() {
    return name;
  }

  /** The status that refused deletion. */
  public ProvisioningStatus status() {
    return status;
  }
}

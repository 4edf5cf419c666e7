package io.workloadplacement.domain.failure;

import io.workloadplacement.domain.model.ProvisioningStatus;

/** A backend asked for a lifecycle transition the contract does not have. */
public final class IllegalTransitionException extends PlacementException {
  private final ProvisioningStatus from;
  private final ProvisioningStatus to;

  public IllegalTransitionException(String name, ProvisioningStatus from, ProvisioningStatus to) {
    super("workload placement \"" + name + "\" cannot go from " + from + " to " + to);
    this.from = from;
    this.to = to;
  }

  /** The status the placement is in. */
  public ProvisioningStatus from() {
    return from;
  }

  /** The status asked for. */
  public ProvisioningStatus to() {
    return to;
  }
}

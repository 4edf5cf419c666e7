package io.workloadplacement.domain.model;

import java.util.Objects;
import java.util.Optional;

/** Which placements a list returns; an empty criterion matches all. */
public record PlacementFilter(
    Optional<String> workspaceName, Optional<ProvisioningStatus> provisioningStatus) {

  public PlacementFilter {
    Objects.requireNonNull(workspaceName, "workspaceName");
    Objects.requireNonNull(provisioningStatus, "provisioningStatus");
  }

  /** The filter that matches every placement. */
  public static PlacementFilter all() {
    return new PlacementFilter(Optional.empty(), Optional.empty());
  }

  /** True when {@code placement} matches every criterion. */
  public boolean matches(WorkloadPlacement placement) {
    return workspaceName.map(placement.workspaceName()::equals).orElse(true)
        && provisioningStatus.map(s -> s == placement.provisioningStatus()).orElse(true);
  }
}

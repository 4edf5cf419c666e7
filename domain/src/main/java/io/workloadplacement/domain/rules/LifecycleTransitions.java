package io.workloadplacement.domain.rules;

import static io.workloadplacement.domain.model.ProvisioningStatus.COMPLETED;
import static io.workloadplacement.domain.model.ProvisioningStatus.FAILED;
import static io.workloadplacement.domain.model.ProvisioningStatus.IN_PROGRESS;
import static io.workloadplacement.domain.model.ProvisioningStatus.PENDING;
import static io.workloadplacement.domain.model.ProvisioningStatus.QUEUED;
import static io.workloadplacement.domain.model.ProvisioningStatus.SUCCESSFUL;

import io.workloadplacement.domain.model.ProvisioningStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The lifecycle of section 3 of the contract as a table; every other transition is refused. */
public final class LifecycleTransitions {

  private static final Map<ProvisioningStatus, Set<ProvisioningStatus>> ALLOWED =
      new EnumMap<>(
          Map.of(
              PENDING, EnumSet.of(QUEUED),
              QUEUED, EnumSet.of(IN_PROGRESS, FAILED),
              IN_PROGRESS, EnumSet.of(SUCCESSFUL, FAILED),
              SUCCESSFUL, EnumSet.of(COMPLETED),
              COMPLETED, EnumSet.noneOf(ProvisioningStatus.class),
              FAILED, EnumSet.noneOf(ProvisioningStatus.class)));

  private LifecycleTransitions() {}

  /** True when the lifecycle goes from {@code from} straight to {@code to}. */
  public static boolean allows(ProvisioningStatus from, ProvisioningStatus to) {
    return ALLOWED.get(from).contains(to);
  }
}

package io.workloadplacement.domain.rules;

import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementField;
import io.workloadplacement.domain.model.PlacementPatch;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import java.util.EnumSet;
import java.util.Set;

/** Which fields an update may change in which provisioning status (section 4 of the contract). */
public final class UpdateRule {

  private UpdateRule() {}

  /** The fields an update may change while the placement is in {@code status}. */
  public static Set<PlacementField> mutableFields(ProvisioningStatus status) {
    return switch (status) {
      case PENDING, QUEUED ->
          EnumSet.complementOf(EnumSet.of(PlacementField.WORKSPACE_NAME, PlacementField.NAME));
      case IN_PROGRESS, SUCCESSFUL ->
          EnumSet.of(PlacementField.BURST_DURATION, PlacementField.DELETION_POLICY);
      case COMPLETED, FAILED -> EnumSet.noneOf(PlacementField.class);
    };
  }

  /** Judges {@code patch} against {@code stored} in {@code status}. */
  public static UpdateDecision evaluate(
      ProvisioningStatus status, WorkloadPlacementSpec stored, PlacementPatch patch) {
    PlacementDraft current = stored.toDraft();
    Set<PlacementField> changed = patch.changedFields(current);
    Set<PlacementField> refused = EnumSet.noneOf(PlacementField.class);
    refused.addAll(changed);
    refused.removeAll(mutableFields(status));
    if (!refused.isEmpty()) {
      return new UpdateDecision.Refused(refused, status);
    }
    if (changed.isEmpty()) {
      return new UpdateDecision.Unchanged();
    }
    return new UpdateDecision.Allowed(patch.applyTo(current), changed);
  }
}

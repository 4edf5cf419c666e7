package io.workloadplacement.domain.rules;

import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementField;
import io.workloadplacement.domain.model.ProvisioningStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** What {@link UpdateRule} decided about an update. */
public sealed interface UpdateDecision {

  /**
   * The update changes only fields the status allows; {@code merged} is the new request, still to
   * be validated.
   */
  record Allowed(PlacementDraft merged, Set<PlacementField> changed) implements UpdateDecision {
    public Allowed {
      changed = Collections.unmodifiableSet(EnumSet.copyOf(changed));
    }
  }

  /** The update changes nothing: a no-op. */
  record Unchanged() implements UpdateDecision {}

  /** The update changes {@code fields}, which {@code status} does not allow. */
  record Refused(Set<PlacementField> fields, ProvisioningStatus status) implements UpdateDecision {
    public Refused {
      fields = Collections.unmodifiableSet(EnumSet.copyOf(fields));
    }
  }
}

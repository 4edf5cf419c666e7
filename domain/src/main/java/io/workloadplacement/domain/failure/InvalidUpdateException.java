package io.workloadplacement.domain.failure;

import io.workloadplacement.domain.model.PlacementField;
import io.workloadplacement.domain.model.ProvisioningStatus;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** An update changes fields its placement's provisioning status does not allow to change. */
public final class InvalidUpdateException extends PlacementException {
  private final Set<PlacementField> fields;
  private final ProvisioningStatus status;

  public InvalidUpdateException(Set<PlacementField> fields, ProvisioningStatus status) {
    super(
        "Cannot update "
            + fields.stream().map(PlacementField::wireName).sorted().toList()
            + " when provisioningStatus is "
            + status);
    this.fields = Collections.unmodifiableSet(EnumSet.copyOf(fields));
    this.status = status;
  }

  /** The refused fields, in the contract's order. */
  public Set<PlacementField> fields() {
    return fields;
  }

  /** The status that refused them. */
  public ProvisioningStatus status() {
    return status;
  }
}

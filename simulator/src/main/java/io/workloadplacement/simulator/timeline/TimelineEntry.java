package io.workloadplacement.simulator.timeline;

import io.workloadplacement.domain.model.ProvisioningStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that happened to a placement, at a simulated time.
 *
 * @param sequence order of recording, across every placement
 * @param from the status before, for a transition
 * @param to the status after (the status at creation for CREATED)
 */
public record TimelineEntry(
    long sequence,
    Instant at,
    String placement,
    Kind kind,
    Optional<ProvisioningStatus> from,
    Optional<ProvisioningStatus> to,
    String message) {

  /** What kind of thing happened. */
  public enum Kind {
    /** Created by a client. */
    CREATED,
    /** Moved from one provisioning status to another. */
    TRANSITION,
    /** A step finished on one cluster, successfully or not. */
    STEP,
    /** A client changed its spec. */
    UPDATED,
    /** Set to a status by the control API rather than by the lifecycle. */
    JUMPED,
    /** Deleted by a client. */
    DELETED
  }

  public TimelineEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(message, "message");
  }
}

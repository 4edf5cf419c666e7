package io.workloadplacement.conformance.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the model knows of one placement: its stored fields, the statuses it may be in right now
 * (one when the model knows it exactly, several when the target may have moved it on its own), and,
 * when the model itself made it Successful, the model time its burst started.
 */
public final class ModelPlacement {

  private ObjectNode stored;
  private EnumSet<Status> possible;
  private Duration successfulAt;

  ModelPlacement(ObjectNode stored, Set<Status> possible) {
    this.stored = stored;
    this.possible = EnumSet.copyOf(possible);
  }

  public ObjectNode stored() {
    return stored;
  }

  void store(ObjectNode newStored) {
    this.stored = newStored;
  }

  /** The statuses this placement may be in. Never empty. */
  public Set<Status> possible() {
    return EnumSet.copyOf(possible);
  }

  /** The status, when the model knows it exactly. */
  public Optional<Status> known() {
    return possible.size() == 1 ? Optional.of(possible.iterator().next()) : Optional.empty();
  }

  void narrow(Set<Status> to) {
    EnumSet<Status> next = EnumSet.copyOf(possible);
    next.retainAll(to);
    if (next.isEmpty()) {
      throw new AssertionError("model: no status left in " + possible + " after " + to);
    }
    possible = next;
    if (!possible.contains(Status.SUCCESSFUL) && !possible.contains(Status.COMPLETED)) {
      successfulAt = null;
    }
  }

  void setPossible(Set<Status> to) {
    possible = EnumSet.copyOf(to);
  }

  Optional<Duration> successfulAt() {
    return Optional.ofNullable(successfulAt);
  }

  void successfulAt(Duration at) {
    this.successfulAt = at;
  }

  /** The burst's length; empty when it has no timed end (no burstDuration, section 7). */
  Optional<Duration> burst() {
    JsonNode burst = stored.get("burstDuration");
    return burst == null ? Optional.empty() : Optional.of(Durations.parse(burst.asText()));
  }

  /**
   * The statuses reachable from the possible ones: the lifecycle's, without Completed while the
   * burst has no timed end (it stays Successful until an update gives it a burstDuration).
   */
  EnumSet<Status> reachable() {
    EnumSet<Status> reachable = Lifecycle.reachable(possible);
    if (burst().isEmpty() && !possible.contains(Status.COMPLETED)) {
      reachable.remove(Status.COMPLETED);
    }
    return reachable;
  }

  @Override
  public String toString() {
    return possible.toString();
  }
}

package io.workloadplacement.simulator.timeline;

import io.workloadplacement.domain.model.ClusterPlacementDecision;
import io.workloadplacement.domain.model.DurationText;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementField;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.WorkloadPlacement;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds each placement's history from its events, by comparing every version with the one before:
 * status transitions, step results, client updates. Thread-safe.
 */
public final class TimelineRecorder {

  private static final Map<ProvisioningStatus, Optional<ProvisioningStatus>> STATUSES = statuses();
  private static final int MAX_SHARED_MESSAGES = 4096;

  private final Clock clock;
  private final Map<String, String> createdMessages = new HashMap<>();
  private final Map<String, PlacementHistory> byPlacement = new HashMap<>();
  private final Map<String, TimelineEntry> pendingJumps = new HashMap<>();
  private long nextSequence;

  public TimelineRecorder(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  private static Map<ProvisioningStatus, Optional<ProvisioningStatus>> statuses() {
    Map<ProvisioningStatus, Optional<ProvisioningStatus>> all =
        new EnumMap<>(ProvisioningStatus.class);
    for (ProvisioningStatus status : ProvisioningStatus.values()) {
      all.put(status, Optional.of(status));
    }
    return all;
  }

  /** Records what {@code event} changed. */
  public synchronized void record(PlacementEvent event) {
    WorkloadPlacement now = event.placement().placement();
    String name = now.name();
    PlacementHistory history;
    switch (event.type()) {
      case ADDED -> {
        history = new PlacementHistory();
        byPlacement.put(name, history);
        add(
            history,
            name,
            now.createdAt(),
            TimelineEntry.Kind.CREATED,
            null,
            now.provisioningStatus(),
            createdMessage(now));
      }
      case MODIFIED -> {
        history = historyOf(name);
        TimelineEntry jump = pendingJumps.remove(name);
        if (jump != null) {
          // a jump writes a whole new status: one entry says it better than a diff of it
          history.add(jump);
        } else {
          diff(history, name, history.lastSeen, now);
        }
      }
      case DELETED -> {
        history = historyOf(name);
        add(
            history,
            name,
            clock.instant(),
            TimelineEntry.Kind.DELETED,
            now.provisioningStatus(),
            null,
            "Deleted while " + now.provisioningStatus());
      }
      default -> throw new IllegalArgumentException("unknown event type " + event.type());
    }
    history.lastSeen = now;
  }

  private PlacementHistory historyOf(String name) {
    PlacementHistory history = byPlacement.get(name);
    if (history == null) {
      history = new PlacementHistory();
      byPlacement.put(name, history);
    }
    return history;
  }

  /**
   * Announces that the next change to {@code name} is the control API setting it from {@code from}
   * to {@code to}, to be recorded as one JUMPED entry.
   */
  public synchronized void expectJump(String name, ProvisioningStatus from, ProvisioningStatus to) {
    pendingJumps.put(
        name,
        new TimelineEntry(
            nextSequence++,
            clock.instant(),
            name,
            TimelineEntry.Kind.JUMPED,
            Optional.of(from),
            Optional.of(to),
            "Set from " + from + " to " + to + " by the control API"));
  }

  /** Withdraws an announced jump that did not happen. */
  public synchronized void forgetJump(String name) {
    pendingJumps.remove(name);
  }

  /** Everything recorded for {@code name}, oldest first. */
  public synchronized List<TimelineEntry> entriesOf(String name) {
    PlacementHistory history = byPlacement.get(name);
    return history == null ? List.of() : history.entries();
  }

  /** Everything recorded, oldest first. */
  public synchronized List<TimelineEntry> all() {
    return byPlacement.values().stream()
        .flatMap(h -> h.entries().stream())
        .sorted(Comparator.comparingLong(TimelineEntry::sequence))
        .toList();
  }

  /** Forgets everything. */
  public synchronized void clear() {
    byPlacement.clear();
    pendingJumps.clear();
  }

  private void diff(
      PlacementHistory history, String name, WorkloadPlacement before, WorkloadPlacement after) {
    if (before != null && !Objects.equals(before.updatedAt(), after.updatedAt())) {
      PlacementDraft was = before.spec().toDraft();
      PlacementDraft now = after.spec().toDraft();
      List<String> fields =
          Arrays.stream(PlacementField.values())
              .filter(f -> !Objects.equals(f.valueIn(was), f.valueIn(now)))
              .map(PlacementField::wireName)
              .toList();
      add(
          history,
          name,
          Optional.ofNullable(after.updatedAt()).orElse(clock.instant()),
          TimelineEntry.Kind.UPDATED,
          null,
          after.provisioningStatus(),
          "Updated " + (fields.isEmpty() ? "nothing" : String.join(", ", fields)));
    }
    Instant at = after.status().lastUpdated();
    for (ClusterPlacementDecision d : after.status().clusterPlacementDecisions()) {
      if (d.stepResults().isEmpty()) {
        continue; // nothing ran here yet: the common case of a status change, looked up for none
      }
      int known =
          before == null
              ? 0
              : before
                  .status()
                  .decision(d.clusterName())
                  .map(b -> b.stepResults().size())
                  .orElse(0);
      for (StepResult r :
          d.stepResults()
              .subList(Math.min(known, d.stepResults().size()), d.stepResults().size())) {
        add(
            history,
            name,
            at,
            TimelineEntry.Kind.STEP,
            null,
            null,
            "Step "
                + r.name()
                + " ("
                + r.type()
                + ") on "
                + d.clusterName()
                + (r.success() ? " succeeded" : " failed")
                + " after "
                + DurationText.format(r.duration())
                + ": "
                + r.message());
      }
    }
    ProvisioningStatus from = before == null ? null : before.provisioningStatus();
    if (from != after.provisioningStatus()) {
      add(
          history,
          name,
          at,
          TimelineEntry.Kind.TRANSITION,
          from,
          after.provisioningStatus(),
          after.status().message());
    }
  }

  private void add(
      PlacementHistory history,
      String name,
      Instant at,
      TimelineEntry.Kind kind,
      ProvisioningStatus from,
      ProvisioningStatus to,
      String message) {
    history.add(
        new TimelineEntry(nextSequence++, at, name, kind, statusOf(from), statusOf(to), message));
  }

  /** One shared Optional per status: a million timelines would each hold their own. */
  private static Optional<ProvisioningStatus> statusOf(ProvisioningStatus status) {
    return status == null ? Optional.empty() : STATUSES.get(status);
  }

  /**
   * The message of a CREATED entry, one shared instance per workspace and clusters (which the
   * topology bounds), since a million placements are created into a handful of them.
   */
  private String createdMessage(WorkloadPlacement placement) {
    String message =
        "Created in workspace "
            + placement.workspaceName()
            + " for clusters "
            + String.join(", ", placement.spec().clusters());
    if (createdMessages.size() >= MAX_SHARED_MESSAGES) {
      return message;
    }
    return createdMessages.computeIfAbsent(message, m -> m);
  }
}

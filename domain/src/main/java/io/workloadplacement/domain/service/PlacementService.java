package io.workloadplacement.domain.service;

import io.workloadplacement.domain.failure.DeletionRestrictedException;
import io.workloadplacement.domain.failure.InvalidUpdateException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.UnknownClusterException;
import io.workloadplacement.domain.failure.UnknownWorkspaceException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementField;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.PlacementPage;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.port.out.PlacementRepository;
import io.workloadplacement.domain.port.out.WorkspaceDirectory;
import io.workloadplacement.domain.rules.DeletionRule;
import io.workloadplacement.domain.rules.UpdateDecision;
import io.workloadplacement.domain.rules.UpdateRule;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The client-facing use cases: create, get, list, update and delete, on the ports alone. */
public final class PlacementService implements PlacementUseCases {

  private static final int MAX_DELETE_ATTEMPTS = 32;

  private final PlacementRepository repository;
  private final WorkspaceDirectory workspaces;
  private final PlacementValidator validator;
  private final PlacementEventPublisher events;
  private final Clock clock;
  private final OptimisticWriter writer;

  public PlacementService(
      PlacementRepository repository,
      WorkspaceDirectory workspaces,
      PlacementValidator validator,
      PlacementEventPublisher events,
      Clock clock) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.workspaces = Objects.requireNonNull(workspaces, "workspaces");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.writer = new OptimisticWriter(repository);
  }

  @Override
  public VersionedPlacement create(PlacementDraft draft) {
    WorkloadPlacementSpec spec = validator.toSpec(draft);
    requireKnownClusters(spec);
    var now = clock.instant();
    VersionedPlacement stored =
        repository.insert(new WorkloadPlacement(spec, PlacementStatus.pending(now), now, null));
    events.publish(new PlacementEvent(PlacementEvent.Type.ADDED, stored));
    return stored;
  }

  @Override
  public VersionedPlacement get(String name) {
    return repository.find(name).orElseThrow(() -> new PlacementNotFoundException(name));
  }

  @Override
  public PlacementPage list(PlacementQuery query) {
    Optional<String> after = query.continueToken().map(ContinueTokens::decode);
    if (query.limit().isEmpty()) {
      return new PlacementPage(
          repository.list(query.filter(), after, Integer.MAX_VALUE), Optional.empty());
    }
    int limit = query.limit().getAsInt();
    // one more than asked tells whether another page exists without a second query
    List<VersionedPlacement> items = repository.list(query.filter(), after, limit + 1);
    if (items.size() <= limit) {
      return new PlacementPage(items, Optional.empty());
    }
    List<VersionedPlacement> page = items.subList(0, limit);
    return new PlacementPage(
        page, Optional.of(ContinueTokens.encode(page.get(page.size() - 1).name())));
  }

  @Override
  public VersionedPlacement update(UpdatePlacementCommand command) {
    String name = command.name();
    OptimisticWriter.Outcome outcome =
        writer.modify(
            name,
            current -> {
              requireVersion(current, command.ifMatch());
              WorkloadPlacement placement = current.placement();
              UpdateDecision decision =
                  UpdateRule.evaluate(
                      placement.provisioningStatus(), placement.spec(), command.patch());
              if (decision instanceof UpdateDecision.Refused refused) {
                throw new InvalidUpdateException(refused.fields(), refused.status());
              }
              if (!(decision instanceof UpdateDecision.Allowed allowed)) {
                return Optional.empty();
              }
              WorkloadPlacementSpec merged = validator.toSpec(allowed.merged());
              if (allowed.changed().contains(PlacementField.CLUSTERS)) {
                requireKnownClusters(merged);
              }
              return Optional.of(placement.withSpec(merged, clock.instant()));
            });
    if (outcome.written()) {
      events.publish(new PlacementEvent(PlacementEvent.Type.MODIFIED, outcome.placement()));
    }
    return outcome.placement();
  }

  @Override
  public VersionedPlacement delete(DeletePlacementCommand command) {
    String name = command.name();
    for (int attempt = 1; ; attempt++) {
      VersionedPlacement current = get(name);
      requireVersion(current, command.ifMatch());
      if (!DeletionRule.allows(current.placement().provisioningStatus())) {
        throw new DeletionRestrictedException(name, current.placement().provisioningStatus());
      }
      try {
        repository.delete(name, current.version());
        events.publish(new PlacementEvent(PlacementEvent.Type.DELETED, current));
        return current;
      } catch (VersionConflictException e) {
        // the lifecycle moved on in between: judge the deletion again against the new status,
        // unless the caller pinned a version, which is now stale
        if (command.ifMatch().isPresent() || attempt == MAX_DELETE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static void requireVersion(VersionedPlacement current, Optional<String> ifMatch) {
    if (ifMatch.isPresent() && !ifMatch.get().equals(current.version())) {
      throw new VersionConflictException(current.name(), ifMatch.get());
    }
  }

  private void requireKnownClusters(WorkloadPlacementSpec spec) {
    if (!workspaces.hasWorkspace(spec.workspaceName())) {
      throw new UnknownWorkspaceException(spec.workspaceName());
    }
    for (String cluster : spec.clusters()) {
      if (!workspaces.hasCluster(spec.workspaceName(), cluster)) {
        throw new UnknownClusterException(spec.workspaceName(), cluster);
      }
    }
  }
}

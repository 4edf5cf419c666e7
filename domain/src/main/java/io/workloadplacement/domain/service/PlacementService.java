package io.workloadplacement.domain.service;

import io.workloadplacement.domain.failure.DeletionRestrictedException;
import io.workloadplacement.domain.failure.InvalidUpdateException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.UnknownClusterException;
import io.workloadplacement.domain.failure.UnknownWorkspaceException;
import io.workloadplacement.domain.failure.WriteForbiddenException;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementField;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import io.workloadplacement.domain.port.in.AccessScope;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.EnableEgsCommand;
import io.workloadplacement.domain.port.in.GetPlacementQuery;
import io.workloadplacement.domain.port.in.PlacementPage;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.port.out.PlacementRepository;
import io.workloadplacement.domain.port.out.WorkspaceDirectory;
import io.workloadplacement.domain.rules.DeletionRule;
import io.workloadplacement.domain.rules.EnableEgsRule;
import io.workloadplacement.domain.rules.UpdateDecision;
import io.workloadplacement.domain.rules.UpdateRule;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The client-facing use cases: create, get, list, update and delete, on the ports alone. Every
 * change of a stored placement goes through the one {@link OptimisticWrites} path, which also
 * judges the caller's scope.
 */
public final class PlacementService implements PlacementUseCases {

  private final PlacementRepository repository;
  private final WorkspaceDirectory workspaces;
  private final PlacementValidator validator;
  private final PlacementEventPublisher events;
  private final Clock clock;
  private final OptimisticWrites writes;

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
    this.writes = new OptimisticWrites(repository);
  }

  @Override
  public VersionedPlacement create(CreatePlacementCommand command) {
    PlacementDraft draft = command.draft();
    requireCreatable(draft.workspaceName(), command.scope());
    WorkloadPlacementSpec spec = validator.toSpec(draft);
    requireKnownClusters(spec);
    var now = clock.instant();
    VersionedPlacement stored =
        repository.insert(new WorkloadPlacement(spec, PlacementStatus.pending(now), now, null));
    events.publish(new PlacementEvent(PlacementEvent.Type.ADDED, stored));
    return stored;
  }

  @Override
  public VersionedPlacement get(GetPlacementQuery query) {
    return repository
        .find(query.name())
        .filter(p -> query.scope().canRead(p.placement().workspaceName()))
        .orElseThrow(() -> new PlacementNotFoundException(query.name()));
  }

  @Override
  public PlacementPage list(PlacementQuery query) {
    Optional<String> scope = query.scope().workspace();
    Optional<String> asked = query.filter().workspaceName();
    if (scope.isPresent() && asked.isPresent() && !asked.equals(scope)) {
      // another workspace has no placements for this caller
      return new PlacementPage(List.of(), Optional.empty());
    }
    PlacementFilter filter =
        new PlacementFilter(scope.or(() -> asked), query.filter().provisioningStatus());
    Optional<String> after = query.continueToken().map(ContinueTokens::decode);
    if (query.limit().isEmpty()) {
      return new PlacementPage(repository.list(filter, after, Integer.MAX_VALUE), Optional.empty());
    }
    int limit = query.limit().getAsInt();
    // one more than asked tells whether another page exists without a second query
    List<VersionedPlacement> items = repository.list(filter, after, limit + 1);
    if (items.size() <= limit) {
      return new PlacementPage(items, Optional.empty());
    }
    List<VersionedPlacement> page = items.subList(0, limit);
    return new PlacementPage(
        page, Optional.of(ContinueTokens.encode(page.get(page.size() - 1).name())));
  }

  @Override
  public VersionedPlacement update(UpdatePlacementCommand command) {
    OptimisticWrites.Outcome outcome =
        writes.write(
            new OptimisticWrites.Target(command.name(), command.scope(), command.ifMatch()),
            current -> {
              WorkloadPlacement placement = current.placement();
              UpdateDecision decision =
                  UpdateRule.evaluate(
                      placement.provisioningStatus(), placement.spec(), command.patch());
              if (decision instanceof UpdateDecision.Refused refused) {
                throw new InvalidUpdateException(refused.fields(), refused.status());
              }
              if (!(decision instanceof UpdateDecision.Allowed allowed)) {
                return new PlacementWrite.Keep();
              }
              WorkloadPlacementSpec merged = validator.toSpec(allowed.merged());
              if (allowed.changed().contains(PlacementField.CLUSTERS)) {
                requireKnownClusters(merged);
              }
              return new PlacementWrite.Replace(placement.withSpec(merged, clock.instant()));
            });
    if (outcome.written()) {
      events.publish(new PlacementEvent(PlacementEvent.Type.MODIFIED, outcome.placement()));
    }
    return outcome.placement();
  }

  @Override
  public VersionedPlacement enableEgs(EnableEgsCommand command) {
    OptimisticWrites.Outcome outcome =
        writes.write(
            new OptimisticWrites.Target(command.name(), command.scope(), command.ifMatch()),
            current -> {
              WorkloadPlacement placement = current.placement();
              if (!EnableEgsRule.allows(placement.provisioningStatus())) {
                throw new InvalidUpdateException(
                    EnumSet.of(PlacementField.ENABLE_EGS), placement.provisioningStatus());
              }
              if (Boolean.valueOf(command.enabled()).equals(placement.spec().enableEGS())) {
                return new PlacementWrite.Keep();
              }
              return new PlacementWrite.Replace(
                  placement.withSpec(
                      placement.spec().withEnableEgs(command.enabled()), clock.instant()));
            });
    if (outcome.written()) {
      events.publish(new PlacementEvent(PlacementEvent.Type.MODIFIED, outcome.placement()));
    }
    return outcome.placement();
  }

  @Override
  public VersionedPlacement delete(DeletePlacementCommand command) {
    // judged on every attempt: the lifecycle may have moved on in between
    OptimisticWrites.Outcome outcome =
        writes.write(
            new OptimisticWrites.Target(command.name(), command.scope(), command.ifMatch()),
            current -> {
              if (!DeletionRule.allows(current.placement().provisioningStatus())) {
                throw new DeletionRestrictedException(
                    current.name(), current.placement().provisioningStatus());
              }
              return new PlacementWrite.Remove();
            });
    events.publish(new PlacementEvent(PlacementEvent.Type.DELETED, outcome.placement()));
    return outcome.placement();
  }

  /**
   * A workspace the caller does not see is unknown to it; one it may only read refuses the write.
   * Without a workspace the validator refuses the spec, but a caller that may not write at all is
   * refused first.
   */
  private static void requireCreatable(String workspace, AccessScope scope) {
    if (workspace != null && !scope.canRead(workspace)) {
      throw new UnknownWorkspaceException(workspace);
    }
    if (workspace == null ? !scope.writes() : !scope.canWrite(workspace)) {
      throw new WriteForbiddenException(
          workspace != null ? workspace : scope.workspace().orElse(""));
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

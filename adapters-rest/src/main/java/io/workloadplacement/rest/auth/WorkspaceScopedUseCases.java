package io.workloadplacement.rest.auth;

import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.UnknownWorkspaceException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.PlacementPage;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.rest.http.ApiErrorException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The use cases as one caller may use them (contract section 5): a placement outside the caller's
 * workspace does not exist for it (404, never 403), lists hold only the caller's workspace, and a
 * caller who may only read gets a 403 on a write to a placement it sees.
 */
public final class WorkspaceScopedUseCases implements PlacementUseCases {

  // as the domain's delete: enough to get past any realistic burst of concurrent writes
  private static final int MAX_WRITE_ATTEMPTS = 32;

  private final PlacementUseCases inner;
  private final Caller caller;

  public WorkspaceScopedUseCases(PlacementUseCases inner, Caller caller) {
    this.inner = Objects.requireNonNull(inner, "inner");
    this.caller = Objects.requireNonNull(caller, "caller");
  }

  @Override
  public VersionedPlacement create(PlacementDraft draft) {
    String workspace = draft.workspaceName();
    if (workspace != null && !caller.canRead(workspace)) {
      throw new UnknownWorkspaceException(workspace);
    }
    // without a workspace the domain's validation refuses the draft; a Viewer is refused first
    if (workspace == null ? !caller.writes() : !caller.canWrite(workspace)) {
      throw new ApiErrorException(AuthErrors.forbidden(caller));
    }
    return inner.create(draft);
  }

  @Override
  public VersionedPlacement get(String name) {
    VersionedPlacement placement = inner.get(name);
    if (!caller.canRead(placement.placement().workspaceName())) {
      throw new PlacementNotFoundException(name);
    }
    return placement;
  }

  @Override
  public PlacementPage list(PlacementQuery query) {
    Optional<String> scope = caller.workspace();
    if (scope.isEmpty()) {
      return inner.list(query);
    }
    Optional<String> asked = query.filter().workspaceName();
    if (asked.isPresent() && !asked.equals(scope)) {
      // another workspace has no placements for this caller
      return new PlacementPage(List.of(), Optional.empty());
    }
    PlacementFilter scoped = new PlacementFilter(scope, query.filter().provisioningStatus());
    return inner.list(new PlacementQuery(scoped, query.limit(), query.continueToken()));
  }

  @Override
  public VersionedPlacement update(UpdatePlacementCommand command) {
    return checkedWrite(
        command.name(),
        command.ifMatch(),
        version ->
            inner.update(new UpdatePlacementCommand(command.name(), command.patch(), version)));
  }

  @Override
  public VersionedPlacement delete(DeletePlacementCommand command) {
    return checkedWrite(
        command.name(),
        command.ifMatch(),
        version -> inner.delete(new DeletePlacementCommand(command.name(), version)));
  }

  /**
   * Checks the caller may write the placement, then writes it pinned to the version that was
   * checked. The pin closes the gap between check and write: were the placement deleted and
   * recreated in another workspace meanwhile, the write fails instead of reaching it (versions of a
   * recreated name are new). A caller that pinned no version of its own does not see that conflict:
   * the check and write are repeated, as the domain repeats an unpinned delete.
   */
  private VersionedPlacement checkedWrite(
      String name, Optional<String> ifMatch, Function<Optional<String>, VersionedPlacement> write) {
    for (int attempt = 1; ; attempt++) {
      VersionedPlacement current = get(name);
      if (!caller.canWrite(current.placement().workspaceName())) {
        throw new ApiErrorException(AuthErrors.forbidden(caller));
      }
      if (ifMatch.isPresent() && !ifMatch.get().equals(current.version())) {
        throw new VersionConflictException(name, ifMatch.get());
      }
      try {
        return write.apply(Optional.of(current.version()));
      } catch (VersionConflictException e) {
        if (ifMatch.isPresent() || attempt == MAX_WRITE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}

package io.workloadplacement.conformance.inprocess;

import io.workloadplacement.domain.failure.PlacementValidationException;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.PlacementPatch;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.PlacementPage;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.simulator.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/** The simulator's use cases with one {@link RealMutant}'s bug; every other call passes through. */
final class MisbehavingUseCases implements PlacementUseCases {

  private final RealMutant mutant;
  private final Simulator simulator;
  private final PlacementUseCases real;
  // PAGING_REPEATS: the name that ended the page each continue token was issued with
  private final Map<String, String> lastItemOfPageBefore = new ConcurrentHashMap<>();

  MisbehavingUseCases(RealMutant mutant, Simulator simulator) {
    this.mutant = mutant;
    this.simulator = simulator;
    this.real = simulator.placements();
  }

  @Override
  public VersionedPlacement create(PlacementDraft draft) {
    try {
      return real.create(draft);
    } catch (PlacementValidationException e) {
      if (mutant == RealMutant.DROP_VIOLATION && e.violations().size() > 1) {
        throw new PlacementValidationException(e.violations().subList(1, e.violations().size()));
      }
      throw e;
    }
  }

  @Override
  public VersionedPlacement get(String name) {
    return real.get(name);
  }

  @Override
  public PlacementPage list(PlacementQuery query) {
    if (mutant == RealMutant.LIST_IGNORES_STATUS_FILTER) {
      PlacementFilter workspaceOnly =
          new PlacementFilter(query.filter().workspaceName(), Optional.empty());
      return real.list(new PlacementQuery(workspaceOnly, query.limit(), query.continueToken()));
    }
    if (mutant == RealMutant.PAGING_REPEATS) {
      return listRepeatingTheLastItem(query);
    }
    return real.list(query);
  }

  /** A page that starts with the last item of the page whose token it continues. */
  private PlacementPage listRepeatingTheLastItem(PlacementQuery query) {
    Optional<String> repeated = query.continueToken().map(lastItemOfPageBefore::get);
    if (repeated.isEmpty()) {
      return remembered(real.list(query));
    }
    List<VersionedPlacement> items = new ArrayList<>();
    items.add(real.get(repeated.get()));
    int limit = query.limit().orElse(Integer.MAX_VALUE);
    if (limit == 1) {
      return new PlacementPage(items, query.continueToken());
    }
    OptionalInt rest = query.limit().isPresent() ? OptionalInt.of(limit - 1) : OptionalInt.empty();
    PlacementPage page =
        remembered(real.list(new PlacementQuery(query.filter(), rest, query.continueToken())));
    items.addAll(page.items());
    return new PlacementPage(items, page.continueToken());
  }

  private PlacementPage remembered(PlacementPage page) {
    page.continueToken()
        .ifPresent(
            token ->
                lastItemOfPageBefore.put(
                    token, page.items().get(page.items().size() - 1).placement().name()));
    return page;
  }

  @Override
  public VersionedPlacement update(UpdatePlacementCommand command) {
    if (mutant == RealMutant.CLUSTERS_MUTABLE_IN_PROGRESS) {
      return updateClustersEvenInProgress(command);
    }
    if (mutant != RealMutant.LOST_UPDATE) {
      return real.update(command);
    }
    // read, merge here, then write every field back: what another update wrote in between is lost
    PlacementPatch patch = command.patch();
    PlacementDraft merged = patch.applyTo(real.get(command.name()).placement().spec().toDraft());
    pause();
    PlacementPatch everything =
        new PlacementPatch(
            patch.workspaceName(),
            patch.name(),
            merged.clusters(),
            merged.burstDuration(),
            merged.deletionPolicy(),
            merged.helmConfigs(),
            merged.manifestResources(),
            merged.cmdExec(),
            merged.steps());
    return real.update(new UpdatePlacementCommand(command.name(), everything, command.ifMatch()));
  }

  @Override
  public VersionedPlacement delete(DeletePlacementCommand command) {
    if (mutant == RealMutant.DELETE_SUCCESSFUL
        && real.get(command.name()).placement().provisioningStatus()
            == ProvisioningStatus.SUCCESSFUL) {
      simulator.jumpToStatus(command.name(), ProvisioningStatus.PENDING);
      return real.delete(new DeletePlacementCommand(command.name(), Optional.empty()));
    }
    return real.delete(command);
  }

  /** An update of an InProgress placement's clusters goes through, as if it were Pending. */
  private VersionedPlacement updateClustersEvenInProgress(UpdatePlacementCommand command) {
    PlacementPatch patch = command.patch();
    VersionedPlacement current = real.get(command.name());
    if (current.placement().provisioningStatus() != ProvisioningStatus.IN_PROGRESS
        || patch.clusters() == null
        || patch.clusters().equals(current.placement().spec().clusters())) {
      return real.update(command);
    }
    simulator.jumpToStatus(command.name(), ProvisioningStatus.PENDING);
    real.update(new UpdatePlacementCommand(command.name(), patch, Optional.empty()));
    return simulator.jumpToStatus(command.name(), ProvisioningStatus.IN_PROGRESS);
  }

  private static void pause() {
    try {
      Thread.sleep(5); // widens the mutant's race window; the suite itself never sleeps
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

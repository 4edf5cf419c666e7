package io.workloadplacement.simulator;

import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.EnableEgsCommand;
import io.workloadplacement.domain.port.in.GetPlacementQuery;
import io.workloadplacement.domain.port.in.PlacementPage;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.simulator.clock.Scheduler;
import java.util.Objects;

/**
 * The client-facing use cases with every write stored and announced under the simulation lock, as
 * the clock's transitions are. Otherwise a write stored between two of the engine's steps (a GPU
 * grant, then the start of provisioning) would be applied by the second without the first having
 * seen it: a placement whose clusters changed after its grant would run where it holds no GPU.
 * Reads take no lock.
 */
final class SerializedClientWrites implements PlacementUseCases {

  private final PlacementUseCases placements;
  private final Scheduler scheduler;

  SerializedClientWrites(PlacementUseCases placements, Scheduler scheduler) {
    this.placements = Objects.requireNonNull(placements, "placements");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
  }

  @Override
  public VersionedPlacement create(CreatePlacementCommand command) {
    return scheduler.exclusive(() -> placements.create(command));
  }

  @Override
  public VersionedPlacement get(GetPlacementQuery query) {
    return placements.get(query);
  }

  @Override
  public PlacementPage list(PlacementQuery query) {
    return placements.list(query);
  }

  @Override
  public VersionedPlacement update(UpdatePlacementCommand command) {
    return scheduler.exclusive(() -> placements.update(command));
  }

  @Override
  public VersionedPlacement enableEgs(EnableEgsCommand command) {
    return scheduler.exclusive(() -> placements.enableEgs(command));
  }

  @Override
  public VersionedPlacement delete(DeletePlacementCommand command) {
    return scheduler.exclusive(() -> placements.delete(command));
  }
}

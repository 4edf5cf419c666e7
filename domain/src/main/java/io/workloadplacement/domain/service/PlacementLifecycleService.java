package io.workloadplacement.domain.service;

import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.StatusJump;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.in.DrivePlacementLifecycleUseCase;
import io.workloadplacement.domain.port.in.JumpPlacementStatusCommand;
import io.workloadplacement.domain.port.in.JumpPlacementStatusUseCase;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.port.out.PlacementRepository;
import java.time.Clock;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Moves placements through the lifecycle for a backend: loads the placement, applies one of its own
 * transitions (which refuse what the contract does not have), stores the result through the one
 * write path and announces it.
 */
public final class PlacementLifecycleService
    implements DrivePlacementLifecycleUseCase, JumpPlacementStatusUseCase {

  private final PlacementEventPublisher events;
  private final Clock clock;
  private final OptimisticWrites writes;

  public PlacementLifecycleService(
      PlacementRepository repository, PlacementEventPublisher events, Clock clock) {
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.writes = new OptimisticWrites(repository);
  }

  @Override
  public VersionedPlacement admit(String name) {
    return apply(name, placement -> placement.admit(clock.instant()));
  }

  @Override
  public VersionedPlacement startProvisioning(String name) {
    return apply(name, placement -> placement.startProvisioning(clock.instant()));
  }

  @Override
  public VersionedPlacement recordStepResult(String name, String cluster, StepResult result) {
    return apply(name, placement -> placement.recordStep(cluster, result, clock.instant()));
  }

  @Override
  public VersionedPlacement complete(String name) {
    return apply(name, placement -> placement.complete(clock.instant()));
  }

  @Override
  public VersionedPlacement fail(String name, String reason, String message) {
    return apply(name, placement -> placement.fail(reason, message, clock.instant()));
  }

  @Override
  public VersionedPlacement jump(JumpPlacementStatusCommand command) {
    return apply(
        command.name(),
        placement -> StatusJump.to(placement, command.target(), clock.instant(), command.pace()));
  }

  private VersionedPlacement apply(String name, UnaryOperator<WorkloadPlacement> transition) {
    OptimisticWrites.Outcome outcome =
        writes.write(
            OptimisticWrites.Target.internal(name),
            current -> new PlacementWrite.Replace(transition.apply(current.placement())));
    events.publish(new PlacementEvent(PlacementEvent.Type.MODIFIED, outcome.placement()));
    return outcome.placement();
  }
}

package io.workloadplacement.domain.service;

import io.workloadplacement.domain.failure.IllegalTransitionException;
import io.workloadplacement.domain.model.ClusterPlacementDecision;
import io.workloadplacement.domain.model.Condition;
import io.workloadplacement.domain.model.ConditionStatus;
import io.workloadplacement.domain.model.Phase;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.Step;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.in.DrivePlacementLifecycleUseCase;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.port.out.PlacementRepository;
import io.workloadplacement.domain.rules.LifecycleTransitions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Moves placements through the lifecycle for a backend, keeping status, phase, conditions and
 * per-cluster decisions consistent, and refusing every transition the contract does not have.
 */
public final class PlacementLifecycleService implements DrivePlacementLifecycleUseCase {

  private final PlacementEventPublisher events;
  private final Clock clock;
  private final OptimisticWriter writer;

  public PlacementLifecycleService(
      PlacementRepository repository, PlacementEventPublisher events, Clock clock) {
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.writer = new OptimisticWriter(Objects.requireNonNull(repository, "repository"));
  }

  @Override
  public VersionedPlacement admit(String name) {
    return change(
        name,
        placement -> {
          Instant now = clock.instant();
          PlacementStatus status =
              moved(placement, ProvisioningStatus.QUEUED)
                  .movedTo(
                      ProvisioningStatus.QUEUED,
                      "Waiting for one GPU on each of the clusters "
                          + String.join(", ", placement.spec().clusters()),
                      now)
                  .withDecisions(
                      placement.spec().clusters().stream()
                          .map(c -> ClusterPlacementDecision.waiting(c, Phase.QUEUED))
                          .toList());
          return placement.withStatus(status);
        });
  }

  @Override
  public VersionedPlacement startProvisioning(String name) {
    return change(
        name,
        placement -> {
          Instant now = clock.instant();
          String firstStep = placement.spec().steps().get(0).name();
          int clusters = placement.spec().clusters().size();
          PlacementStatus status =
              moved(placement, ProvisioningStatus.IN_PROGRESS)
                  .movedTo(
                      ProvisioningStatus.IN_PROGRESS,
                      "Deploying "
                          + placement.spec().steps().size()
                          + " steps to "
                          + clusters
                          + (clusters == 1 ? " cluster" : " clusters"),
                      now)
                  .withDecisions(
                      placement.spec().clusters().stream()
                          .map(
                              c ->
                                  ClusterPlacementDecision.waiting(c, Phase.DEPLOYING)
                                      .startedAt(now, firstStep))
                          .toList());
          return placement.withStatus(status);
        });
  }

  @Override
  public VersionedPlacement recordStepResult(String name, String cluster, StepResult result) {
    return change(
        name,
        placement -> {
          ProvisioningStatus from = placement.provisioningStatus();
          if (from != ProvisioningStatus.IN_PROGRESS) {
            // a step's result moves an InProgress placement on: to Failed, or towards Successful
            throw new IllegalTransitionException(
                name,
                from,
                result.success() ? ProvisioningStatus.SUCCESSFUL : ProvisioningStatus.FAILED);
          }
          ClusterPlacementDecision decision =
              placement
                  .status()
                  .decision(cluster)
                  .filter(d -> d.phase() == Phase.DEPLOYING)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "cluster " + cluster + " is not deploying " + name));
          List<Step> steps = placement.spec().steps();
          int index = decision.stepResults().size();
          Step running = steps.get(index);
          if (!running.name().equals(result.name()) || running.type() != result.type()) {
            throw new IllegalArgumentException(
                "cluster "
                    + cluster
                    + " is running the "
                    + running.type()
                    + " step "
                    + running.name()
                    + " of "
                    + name
                    + ", not "
                    + result.name());
          }
          Instant now = clock.instant();
          PlacementStatus status =
              placement
                  .status()
                  .withCondition(
                      Condition.forStep(result.type(), result.success(), result.message(), now));
          if (!result.success()) {
            status =
                status.withDecision(
                    cluster, d -> d.withResult(result).with(Phase.FAILED, null, now));
            status =
                status
                    .withDecisions(stopOthers(status, cluster, now))
                    .movedTo(
                        ProvisioningStatus.FAILED,
                        "Step "
                            + result.name()
                            + " failed on cluster "
                            + cluster
                            + ": "
                            + result.message(),
                        now);
            return placement.withStatus(status);
          }
          Optional<Step> next =
              index + 1 < steps.size() ? Optional.of(steps.get(index + 1)) : Optional.empty();
          status =
              status.withDecision(
                  cluster,
                  d ->
                      next.isPresent()
                          ? d.withResult(result).with(Phase.DEPLOYING, next.get().name(), null)
                          : d.withResult(result).with(Phase.RUNNING, null, now));
          boolean allDone =
              status.clusterPlacementDecisions().stream().allMatch(d -> d.phase() == Phase.RUNNING);
          status =
              allDone
                  ? status.movedTo(
                      ProvisioningStatus.SUCCESSFUL, "Workload successfully deployed", now)
                  : status.movedTo(ProvisioningStatus.IN_PROGRESS, status.message(), now);
          return placement.withStatus(status);
        });
  }

  @Override
  public VersionedPlacement complete(String name) {
    return change(
        name,
        placement -> {
          Instant now = clock.instant();
          PlacementStatus status =
              moved(placement, ProvisioningStatus.COMPLETED)
                  .movedTo(
                      ProvisioningStatus.COMPLETED,
                      "Burst of "
                          + placement.spec().burstDuration()
                          + " elapsed; workload completed",
                      now);
          return placement.withStatus(
              status.withDecisions(
                  status.clusterPlacementDecisions().stream()
                      .map(d -> d.with(Phase.COMPLETED, null, d.completionTime()))
                      .toList()));
        });
  }

  @Override
  public VersionedPlacement fail(String name, String reason, String message) {
    return change(
        name,
        placement -> {
          Instant now = clock.instant();
          PlacementStatus status = moved(placement, ProvisioningStatus.FAILED);
          return placement.withStatus(
              status
                  .withDecisions(stopOthers(status, null, now))
                  .withCondition(
                      new Condition("Failed", ConditionStatus.TRUE, reason, message, now))
                  .movedTo(ProvisioningStatus.FAILED, message, now));
        });
  }

  /** The current status, once the table allows the placement to move to {@code to}. */
  private static PlacementStatus moved(WorkloadPlacement placement, ProvisioningStatus to) {
    ProvisioningStatus from = placement.provisioningStatus();
    if (!LifecycleTransitions.allows(from, to)) {
      throw new IllegalTransitionException(placement.name(), from, to);
    }
    return placement.status();
  }

  /** Every decision but {@code except}'s that is still under way, marked failed. */
  private static List<ClusterPlacementDecision> stopOthers(
      PlacementStatus status, String except, Instant now) {
    return status.clusterPlacementDecisions().stream()
        .map(
            d ->
                d.clusterName().equals(except)
                        || d.phase() == Phase.RUNNING
                        || d.phase() == Phase.FAILED
                    ? d
                    : d.with(Phase.FAILED, null, now))
        .toList();
  }

  private VersionedPlacement change(
      String name, Function<WorkloadPlacement, WorkloadPlacement> transition) {
    OptimisticWriter.Outcome outcome =
        writer.modify(name, current -> Optional.of(transition.apply(current.placement())));
    events.publish(new PlacementEvent(PlacementEvent.Type.MODIFIED, outcome.placement()));
    return outcome.placement();
  }
}

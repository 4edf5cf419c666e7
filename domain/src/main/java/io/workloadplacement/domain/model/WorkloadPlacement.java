package io.workloadplacement.domain.model;

import io.workloadplacement.domain.failure.IllegalTransitionException;
import io.workloadplacement.domain.rules.LifecycleTransitions;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A placement as stored: what was asked for, what happened, and when it was created and last
 * changed by a client. Its lifecycle transitions ({@link #admit}, {@link #startProvisioning},
 * {@link #recordStep}, {@link #complete}, {@link #fail}) are pure: each returns the next placement
 * or refuses with {@link IllegalTransitionException}.
 *
 * @param updatedAt when a client last changed the spec, null when never
 */
public record WorkloadPlacement(
    WorkloadPlacementSpec spec, PlacementStatus status, Instant createdAt, Instant updatedAt) {

  public WorkloadPlacement {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The unique name. */
  public String name() {
    return spec.name();
  }

  /** The workspace it belongs to. */
  public String workspaceName() {
    return spec.workspaceName();
  }

  /** The provisioning status. */
  public ProvisioningStatus provisioningStatus() {
    return status.provisioningStatus();
  }

  /** When the client last changed it, if ever. */
  public Optional<Instant> lastChanged() {
    return Optional.ofNullable(updatedAt);
  }

  /** This placement with {@code newStatus}. */
  public WorkloadPlacement withStatus(PlacementStatus newStatus) {
    return new WorkloadPlacement(spec, newStatus, createdAt, updatedAt);
  }

  /** This placement with {@code newSpec}, changed by a client at {@code now}. */
  public WorkloadPlacement withSpec(WorkloadPlacementSpec newSpec, Instant now) {
    return new WorkloadPlacement(newSpec, status, createdAt, now);
  }

  /**
   * When the burst began: the moment the placement turned Successful, which is when the last step
   * finished on the last cluster. Empty before that.
   */
  public Optional<Instant> burstStartedAt() {
    ProvisioningStatus s = status.provisioningStatus();
    if (s != ProvisioningStatus.SUCCESSFUL && s != ProvisioningStatus.COMPLETED) {
      return Optional.empty();
    }
    return status.clusterPlacementDecisions().stream()
        .map(ClusterPlacementDecision::completionTime)
        .filter(Objects::nonNull)
        .max(Instant::compareTo);
  }

  /**
   * When the burst ends (or ended): burst start plus burstDuration. Empty before Successful, and
   * while the placement has no burstDuration (its burst has no timed end).
   */
  public Optional<Instant> burstEndsAt() {
    return spec.burstDuration()
        .flatMap(burst -> burstStartedAt().map(start -> start.plus(burst.duration())));
  }

  /**
   * Pending to Queued: admitted at {@code now}, now waiting for GPUs on every target cluster.
   *
   * @throws IllegalTransitionException from any other status
   */
  public WorkloadPlacement admit(Instant now) {
    PlacementStatus status =
        statusMovingTo(ProvisioningStatus.QUEUED)
            .movedTo(
                ProvisioningStatus.QUEUED,
                // one instance per list of clusters: a million Queued placements each kept a copy
                ("Waiting for one GPU on each of the clusters "
                        + String.join(", ", spec.clusters()))
                    .intern(),
                now)
            .withDecisions(onEachCluster(c -> ClusterPlacementDecision.waiting(c, Phase.QUEUED)));
    return withStatus(status);
  }

  /**
   * Queued to InProgress: GPUs granted at {@code now}, the first step starts on every cluster.
   *
   * @throws IllegalTransitionException from any other status
   */
  public WorkloadPlacement startProvisioning(Instant now) {
    String firstStep = spec.steps().get(0).name();
    int clusters = spec.clusters().size();
    PlacementStatus status =
        statusMovingTo(ProvisioningStatus.IN_PROGRESS)
            .movedTo(
                ProvisioningStatus.IN_PROGRESS,
                "Deploying "
                    + spec.steps().size()
                    + " steps to "
                    + clusters
                    + (clusters == 1 ? " cluster" : " clusters"),
                now)
            .withDecisions(
                onEachCluster(
                    c ->
                        ClusterPlacementDecision.waiting(c, Phase.DEPLOYING)
                            .startedAt(now, firstStep)));
    return withStatus(status);
  }

  /**
   * The result of the step {@code cluster} is running, finished at {@code now}. A failed step fails
   * the placement and stops the other clusters; the last step on the last cluster makes it
   * Successful, which starts the burst; any other step moves the cluster on to its next step.
   *
   * @throws IllegalTransitionException outside InProgress
   * @throws IllegalArgumentException when {@code cluster} is not deploying, or runs another step
   */
  public WorkloadPlacement recordStep(String cluster, StepResult result, Instant now) {
    ProvisioningStatus from = provisioningStatus();
    if (from != ProvisioningStatus.IN_PROGRESS) {
      // a step's result moves an InProgress placement on: to Failed, or towards Successful
      throw new IllegalTransitionException(
          name(),
          from,
          result.success() ? ProvisioningStatus.SUCCESSFUL : ProvisioningStatus.FAILED);
    }
    int index = runningStepIndex(cluster, result);
    PlacementStatus reported =
        status.withCondition(
            Condition.forStep(result.type(), result.success(), result.message(), now));
    if (!result.success()) {
      PlacementStatus failed =
          reported.withDecision(cluster, d -> d.withResult(result).with(Phase.FAILED, null, now));
      return withStatus(
          failed
              .withDecisions(stopOthers(failed, cluster, now))
              .movedTo(
                  ProvisioningStatus.FAILED,
                  "Step "
                      + result.name()
                      + " failed on cluster "
                      + cluster
                      + ": "
                      + result.message(),
                  now));
    }
    List<Step> steps = spec.steps();
    PlacementStatus advanced =
        reported.withDecision(
            cluster,
            d ->
                index + 1 < steps.size()
                    ? d.withResult(result).with(Phase.DEPLOYING, steps.get(index + 1).name(), null)
                    : d.withResult(result).with(Phase.RUNNING, null, now));
    boolean allDone =
        advanced.clusterPlacementDecisions().stream().allMatch(d -> d.phase() == Phase.RUNNING);
    return withStatus(
        allDone
            ? advanced.movedTo(ProvisioningStatus.SUCCESSFUL, "Workload successfully deployed", now)
            : advanced.movedTo(ProvisioningStatus.IN_PROGRESS, advanced.message(), now));
  }

  /**
   * Successful to Completed at {@code now}: the burst is over.
   *
   * @throws IllegalTransitionException from any other status
   */
  public WorkloadPlacement complete(Instant now) {
    PlacementStatus status =
        statusMovingTo(ProvisioningStatus.COMPLETED)
            .movedTo(
                ProvisioningStatus.COMPLETED,
                spec.burstDuration()
                    .map(burst -> "Burst of " + burst + " elapsed; workload completed")
                    .orElse("Workload completed"),
                now);
    return withStatus(
        status.withDecisions(
            status.clusterPlacementDecisions().stream()
                .map(d -> d.with(Phase.COMPLETED, null, d.completionTime()))
                .toList()));
  }

  /**
   * Queued or InProgress to Failed at {@code now}, for a reason other than a step (a cluster is
   * gone): every cluster still under way is stopped and a {@code Failed} condition says why.
   *
   * @throws IllegalTransitionException from any other status
   */
  public WorkloadPlacement fail(String reason, String message, Instant now) {
    PlacementStatus current = statusMovingTo(ProvisioningStatus.FAILED);
    return withStatus(
        current
            .withDecisions(stopOthers(current, null, now))
            .withCondition(new Condition("Failed", ConditionStatus.TRUE, reason, message, now))
            .movedTo(ProvisioningStatus.FAILED, message, now));
  }

  /**
   * One decision per target cluster, in their order, as the list a status keeps (no copy of it is
   * made, which a million transitions notice).
   */
  private List<ClusterPlacementDecision> onEachCluster(
      Function<String, ClusterPlacementDecision> decision) {
    List<String> clusters = spec.clusters();
    ClusterPlacementDecision[] decisions = new ClusterPlacementDecision[clusters.size()];
    for (int i = 0; i < decisions.length; i++) {
      decisions[i] = decision.apply(clusters.get(i));
    }
    return List.of(decisions);
  }

  /** The current status, once the lifecycle table allows moving to {@code to}. */
  private PlacementStatus statusMovingTo(ProvisioningStatus to) {
    ProvisioningStatus from = provisioningStatus();
    if (!LifecycleTransitions.allows(from, to)) {
      throw new IllegalTransitionException(name(), from, to);
    }
    return status;
  }

  /** The index of the step {@code cluster} runs, which must be the one {@code result} reports. */
  private int runningStepIndex(String cluster, StepResult result) {
    ClusterPlacementDecision decision =
        status
            .decision(cluster)
            .filter(d -> d.phase() == Phase.DEPLOYING)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "cluster " + cluster + " is not deploying " + name()));
    int index = decision.stepResults().size();
    Step running = spec.steps().get(index);
    if (!running.name().equals(result.name()) || running.type() != result.type()) {
      throw new IllegalArgumentException(
          "cluster "
              + cluster
              + " is running the "
              + running.type()
              + " step "
              + running.name()
              + " of "
              + name()
              + ", not "
              + result.name());
    }
    return index;
  }

  /** Every decision but {@code except}'s that is still under way, marked failed at {@code now}. */
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
}

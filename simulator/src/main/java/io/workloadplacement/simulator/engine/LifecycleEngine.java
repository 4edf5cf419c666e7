package io.workloadplacement.simulator.engine;

import io.workloadplacement.domain.failure.IllegalTransitionException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.model.ClusterPlacementDecision;
import io.workloadplacement.domain.model.DeletionPolicy;
import io.workloadplacement.domain.model.GpuDemand;
import io.workloadplacement.domain.model.Phase;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.Step;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.in.DrivePlacementLifecycleUseCase;
import io.workloadplacement.domain.port.in.JumpPlacementStatusCommand;
import io.workloadplacement.domain.port.in.JumpPlacementStatusUseCase;
import io.workloadplacement.domain.port.out.PlacementRepository;
import io.workloadplacement.simulator.clock.ScheduledAction;
import io.workloadplacement.simulator.clock.Scheduler;
import io.workloadplacement.simulator.cluster.SimulatedCluster;
import io.workloadplacement.simulator.cluster.SimulatedClusters;
import io.workloadplacement.simulator.fault.FaultEffect;
import io.workloadplacement.simulator.fault.FaultRules;
import io.workloadplacement.simulator.fault.StepFault;
import io.workloadplacement.simulator.topology.TimingProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves placements through their lifecycle on the simulated clusters, like a Kubernetes controller:
 * on every event it reconciles what it has scheduled for the placement with what the store says,
 * and at due times it drives the domain's lifecycle use cases (admit, start provisioning, record a
 * step's result, complete, fail); a {@link #jump} is the domain's jump use case, after which it
 * makes the clusters match. It never writes a status itself.
 *
 * <p>It reacts to events by scheduling, never by calling the lifecycle at once: the lifecycle
 * publishes events in turn, and a timer queue keeps that from recursing. Everything runs under the
 * simulation lock.
 */
public final class LifecycleEngine {

  private static final Logger log = LoggerFactory.getLogger(LifecycleEngine.class);

  private final PlacementRepository repository;
  private final DrivePlacementLifecycleUseCase lifecycle;
  private final JumpPlacementStatusUseCase jumps;
  private final Scheduler scheduler;
  private final SimulatedClusters clusters;
  private final FaultRules faults;
  private final TimingProfile timings;
  private final GpuQueue queue;
  private final SimulatedPace pace;
  private final Map<String, PlacementRun> runs = new HashMap<>();
  // the placement being jumped: its own event is handled once the jump has set up its clusters
  private String jumping;

  public LifecycleEngine(
      PlacementRepository repository,
      DrivePlacementLifecycleUseCase lifecycle,
      JumpPlacementStatusUseCase jumps,
      Scheduler scheduler,
      SimulatedClusters clusters,
      FaultRules faults,
      TimingProfile timings) {
    this.repository = Objects.requireNonNull(repository, "repository");
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    this.jumps = Objects.requireNonNull(jumps, "jumps");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.clusters = Objects.requireNonNull(clusters, "clusters");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.timings = Objects.requireNonNull(timings, "timings");
    this.queue = new GpuQueue(clusters);
    this.pace = new SimulatedPace(timings);
  }

  /** Reacts to a stored change; called under the simulation lock. */
  public void onEvent(PlacementEvent event) {
    String name = event.placement().name();
    if (name.equals(jumping)) {
      return;
    }
    switch (event.type()) {
      case ADDED -> {
        // the name was deleted and taken again before the deletion reached us
        Optional.ofNullable(runs.remove(name)).ifPresent(this::stop);
        reconcile(name);
      }
      case MODIFIED -> reconcile(name);
      case DELETED -> {
        Optional.ofNullable(runs.remove(name)).ifPresent(this::stop);
        queue.release(name);
        queue.remove(name);
        // a deletion in InProgress stops the steps; the policy decides what they left behind
        if (event.placement().placement().spec().deletionPolicy() == DeletionPolicy.DELETE) {
          clusters.removeResourcesOf(name);
        }
        grantWaiting();
      }
    }
  }

  /**
   * Sets {@code name} to {@code target} at once, as if the lifecycle had just brought it there:
   * status, conditions and step results from the domain's lifecycle, and on the clusters the GPUs
   * it holds and the resources its steps deployed. It then carries on from there.
   *
   * @throws PlacementNotFoundException when there is no such placement
   * @throws IllegalStateException when {@code target} needs a GPU a cluster does not have free
   */
  public VersionedPlacement jump(String name, ProvisioningStatus target) {
    WorkloadPlacement current =
        repository.find(name).orElseThrow(() -> new PlacementNotFoundException(name)).placement();
    if (target.isOnClusters()) {
      requireGpus(current);
    }
    VersionedPlacement stored;
    jumping = name;
    try {
      stored = jumps.jump(new JumpPlacementStatusCommand(name, target, pace));
    } finally {
      jumping = null;
    }
    restart(stored.placement());
    return stored;
  }

  /** Starts {@code jumped} afresh: GPUs and resources as its status has them, then reconciles. */
  private void restart(WorkloadPlacement jumped) {
    String name = jumped.name();
    Optional.ofNullable(runs.remove(name)).ifPresent(this::stop);
    queue.remove(name);
    queue.release(name);
    clusters.removeResourcesOf(name);
    PlacementRun run = new PlacementRun(name);
    runs.put(name, run);
    ProvisioningStatus status = jumped.provisioningStatus();
    if (status.isOnClusters()) {
      hold(run, jumped);
    }
    if (status == ProvisioningStatus.SUCCESSFUL
        || (status == ProvisioningStatus.COMPLETED
            && jumped.spec().deletionPolicy() == DeletionPolicy.RETAIN)) {
      StepExecutor.deployAll(jumped, clusters, scheduler.clock().instant());
    }
    reconcile(name);
    grantWaiting();
  }

  /** The clusters on which {@code name} waits for a GPU, if it waits. */
  public Optional<List<String>> waitingFor(String name) {
    return queue.waitsFor(name);
  }

  /** How many placements wait for GPUs. */
  public int waitingForGpus() {
    return queue.waitingCount();
  }

  /** How many placements wait for GPUs on {@code cluster}. */
  public int waitingForGpusOn(String cluster) {
    return queue.waitingOn(cluster);
  }

  /** Its timers, line and holdings, to keep. */
  public EngineState state() {
    List<TimerAt> timers = new ArrayList<>();
    for (PlacementRun run : runs.values()) {
      add(timers, run.admission, timer(run, EngineState.Kind.ADMIT, run.admission, null));
      add(
          timers,
          run.provisioning,
          timer(run, EngineState.Kind.START_PROVISIONING, run.provisioning, null));
      add(timers, run.failure, timer(run, EngineState.Kind.FAIL, run.failure, run.failureCluster));
      add(timers, run.burstEnd, timer(run, EngineState.Kind.END_BURST, run.burstEnd, null));
      run.steps.forEach(
          (cluster, step) ->
              add(
                  timers,
                  step.action(),
                  new EngineState.Timer(
                      run.name,
                      EngineState.Kind.STEP,
                      step.action().due(),
                      cluster,
                      step.index(),
                      step.took(),
                      step.fault().map(LifecycleEngine::keep).orElse(null))));
    }
    timers.sort(Comparator.comparingLong(TimerAt::order));
    return new EngineState(
        timers.stream().map(TimerAt::timer).toList(),
        queue.waitingState(),
        queue.holdingsState(),
        queue.nextArrival());
  }

  /**
   * Puts back what {@link #state} returned, after the store and the clusters were restored: the
   * timers at their due times in their order, the line and the holdings; then reconciles every
   * stored placement, so one the kept state missed is picked up as if just added.
   */
  public void restore(EngineState kept) {
    clear();
    queue.restore(kept.waiting(), kept.holdings(), kept.nextArrival());
    for (EngineState.Timer t : kept.timers()) {
      Optional<WorkloadPlacement> placement =
          repository.find(t.placement()).map(VersionedPlacement::placement);
      if (placement.isEmpty()) {
        continue;
      }
      PlacementRun run = runs.computeIfAbsent(t.placement(), PlacementRun::new);
      switch (t.kind()) {
        case ADMIT -> scheduleAdmission(run, t.due());
        case START_PROVISIONING -> scheduleProvisioning(run, t.due());
        case FAIL -> scheduleFailureAt(run, t.cluster(), t.due());
        case END_BURST -> scheduleBurstEnd(run, t.due());
        case STEP -> {
          List<Step> steps = placement.get().spec().steps();
          if (t.stepIndex() < steps.size()) {
            scheduleStepEnd(
                run,
                t.cluster(),
                t.stepIndex(),
                steps.get(t.stepIndex()),
                t.took(),
                Optional.ofNullable(t.fault()).map(LifecycleEngine::unkeep),
                t.due());
          }
        }
      }
    }
    queue.holdingsState().forEach(h -> runs.computeIfAbsent(h.placement(), PlacementRun::new));
    for (VersionedPlacement stored :
        repository.list(PlacementFilter.all(), Optional.empty(), Integer.MAX_VALUE)) {
      reconcile(stored.placement().name());
    }
    grantWaiting();
  }

  private record TimerAt(long order, EngineState.Timer timer) {}

  private static void add(List<TimerAt> timers, ScheduledAction action, EngineState.Timer timer) {
    if (action != null && !action.isCancelled()) {
      timers.add(new TimerAt(action.sequence(), timer));
    }
  }

  private static EngineState.Timer timer(
      PlacementRun run, EngineState.Kind kind, ScheduledAction action, String cluster) {
    return action == null
        ? null
        : new EngineState.Timer(run.name, kind, action.due(), cluster, 0, null, null);
  }

  private static EngineState.KeptStepFault keep(StepFault fault) {
    return fault instanceof FaultEffect.FailStep f
        ? new EngineState.KeptStepFault(f.reason(), f.message(), null)
        : new EngineState.KeptStepFault(null, null, ((FaultEffect.Latency) fault).duration());
  }

  private static StepFault unkeep(EngineState.KeptStepFault kept) {
    return kept.latency() != null
        ? new FaultEffect.Latency(kept.latency())
        : new FaultEffect.FailStep(kept.failReason(), kept.failMessage());
  }

  /** Forgets every placement, after the scheduler and clusters were cleared. */
  public void clear() {
    runs.clear();
    queue.clear();
  }

  private void reconcile(String name) {
    Optional<VersionedPlacement> found = repository.find(name);
    if (found.isEmpty()) {
      return; // deleted: the DELETED event cleans up
    }
    WorkloadPlacement placement = found.get().placement();
    PlacementRun run = runs.computeIfAbsent(name, PlacementRun::new);
    switch (placement.provisioningStatus()) {
      case PENDING -> pending(run, placement);
      case QUEUED -> queued(run, placement);
      case IN_PROGRESS -> inProgress(run, placement);
      case SUCCESSFUL -> successful(run, placement);
      case COMPLETED -> finished(run, placement.spec().deletionPolicy() == DeletionPolicy.DELETE);
      case FAILED -> finished(run, false);
    }
  }

  private void pending(PlacementRun run, WorkloadPlacement placement) {
    run.cancelProvisioning(scheduler);
    run.cancelFailure(scheduler);
    run.cancelBurstEnd(scheduler);
    run.cancelSteps(scheduler);
    release(run);
    // make the clusters of an open topology visible from creation on
    placement.spec().clusters().forEach(c -> clusters.obtain(placement.workspaceName(), c));
    if (run.admission == null) {
      scheduleAdmission(run, scheduler.clock().instant().plus(timings.admission()));
    }
  }

  private void scheduleAdmission(PlacementRun run, Instant due) {
    run.admission =
        scheduler.schedule(
            due,
            run.name,
            "admit",
            () -> {
              run.admission = null;
              drive(run, () -> lifecycle.admit(run.name));
            });
  }

  private void queued(PlacementRun run, WorkloadPlacement placement) {
    run.cancelAdmission(scheduler);
    run.cancelBurstEnd(scheduler);
    run.cancelSteps(scheduler);
    List<String> wanted = placement.spec().clusters();
    boolean granted = queue.holdsAny(run.name);
    if (granted && !queue.holdsExactly(run.name, wanted)) {
      // its clusters changed after the grant: give the GPUs back and queue for the new ones
      run.cancelProvisioning(scheduler);
      release(run);
      granted = false;
    }
    if (granted) {
      return; // granted; provisioning is scheduled
    }
    GpuQueue.Demand demand = demandOf(placement);
    for (String cluster : wanted) {
      if (neverGrants(placement, cluster, demand)) {
        queue.remove(run.name);
        scheduleFailure(run, cluster);
        return;
      }
    }
    run.cancelFailure(scheduler);
    queue.enqueue(run.name, placement.workspaceName(), wanted, demand);
    grantWaiting();
  }

  private void inProgress(PlacementRun run, WorkloadPlacement placement) {
    run.cancelAdmission(scheduler);
    run.cancelProvisioning(scheduler);
    run.cancelFailure(scheduler);
    run.cancelBurstEnd(scheduler);
    queue.remove(run.name);
    hold(run, placement);
    for (ClusterPlacementDecision decision : placement.status().clusterPlacementDecisions()) {
      if (decision.phase() == Phase.DEPLOYING) {
        if (!run.steps.containsKey(decision.clusterName())) {
          scheduleStep(run, placement, decision);
        }
      } else {
        run.cancelStep(scheduler, decision.clusterName());
      }
    }
  }

  private void successful(PlacementRun run, WorkloadPlacement placement) {
    run.cancelAdmission(scheduler);
    run.cancelProvisioning(scheduler);
    run.cancelFailure(scheduler);
    run.cancelSteps(scheduler);
    queue.remove(run.name);
    hold(run, placement);
    if (placement.spec().burstDuration().isEmpty()) {
      // no burstDuration: the burst has no timed end until an update gives it one
      run.cancelBurstEnd(scheduler);
      return;
    }
    Instant ends = placement.burstEndsAt().orElseGet(scheduler.clock()::instant);
    if (run.burstEnd != null && run.burstEnd.due().equals(ends)) {
      return;
    }
    // a new burstDuration moves the end; one already past ends the burst as soon as possible
    run.cancelBurstEnd(scheduler);
    scheduleBurstEnd(run, ends);
  }

  private void scheduleBurstEnd(PlacementRun run, Instant due) {
    run.burstEnd =
        scheduler.schedule(
            due,
            run.name,
            "end the burst",
            () -> {
              run.burstEnd = null;
              drive(run, () -> completeIfDue(run.name));
            });
  }

  private void completeIfDue(String name) {
    Optional<VersionedPlacement> current = repository.find(name);
    Optional<Instant> ends = current.flatMap(v -> v.placement().burstEndsAt());
    if (ends.isPresent() && !ends.get().isAfter(scheduler.clock().instant())) {
      lifecycle.complete(name);
    } else {
      reconcile(name);
    }
  }

  private void finished(PlacementRun run, boolean removeResources) {
    runs.remove(run.name);
    stop(run);
    if (removeResources) {
      clusters.removeResourcesOf(run.name);
    }
    grantWaiting();
  }

  private void stop(PlacementRun run) {
    run.cancelAll(scheduler);
    queue.remove(run.name);
    release(run);
  }

  private void scheduleStep(
      PlacementRun run, WorkloadPlacement placement, ClusterPlacementDecision decision) {
    int index = decision.stepResults().size();
    List<Step> steps = placement.spec().steps();
    if (index >= steps.size()) {
      return;
    }
    Step step = steps.get(index);
    StepType type = step.type();
    String cluster = decision.clusterName();
    // the fault is decided when the step starts, so its latency can lengthen it
    Optional<StepFault> fault = faults.matchStep(run.name, cluster, type, step.name());
    Duration took =
        timings
            .forStep(type)
            .plus(
                fault
                    .filter(FaultEffect.Latency.class::isInstance)
                    .map(f -> ((FaultEffect.Latency) f).duration())
                    .orElse(Duration.ZERO));
    scheduleStepEnd(run, cluster, index, step, took, fault, scheduler.clock().instant().plus(took));
  }

  private void scheduleStepEnd(
      PlacementRun run,
      String cluster,
      int index,
      Step step,
      Duration took,
      Optional<StepFault> fault,
      Instant due) {
    ScheduledAction action =
        scheduler.schedule(
            due,
            run.name,
            "step " + step.name() + " (" + step.type() + ") on " + cluster,
            () -> {
              run.steps.remove(cluster);
              drive(run, () -> finishStep(run.name, cluster, index, step, took, fault));
            });
    run.steps.put(cluster, new PlacementRun.StepTimer(action, index, took, fault));
  }

  private void finishStep(
      String name, String cluster, int index, Step step, Duration took, Optional<StepFault> fault) {
    VersionedPlacement current = repository.find(name).orElse(null);
    if (current == null
        || current.placement().provisioningStatus() != ProvisioningStatus.IN_PROGRESS
        || current
            .placement()
            .status()
            .decision(cluster)
            .filter(d -> d.phase() == Phase.DEPLOYING && d.stepResults().size() == index)
            .isEmpty()) {
      return; // overtaken: deleted, jumped or failed elsewhere
    }
    WorkloadPlacement placement = current.placement();
    StepResult result;
    if (fault.isPresent() && fault.get() instanceof FaultEffect.FailStep failure) {
      result = StepExecutor.failed(step, took, failure);
    } else {
      SimulatedCluster target =
          clusters
              .obtain(placement.workspaceName(), cluster)
              .orElseThrow(() -> new IllegalStateException("cluster " + cluster + " is gone"));
      result =
          StepExecutor.execute(
              name, placement.spec(), target, step, took, scheduler.clock().instant());
    }
    lifecycle.recordStepResult(name, cluster, result);
  }

  private void scheduleFailure(PlacementRun run, String cluster) {
    if (run.failure != null) {
      return;
    }
    scheduleFailureAt(run, cluster, scheduler.clock().instant());
  }

  private void scheduleFailureAt(PlacementRun run, String cluster, Instant due) {
    run.failureCluster = cluster;
    run.failure =
        scheduler.schedule(
            due,
            run.name,
            "fail: no GPU can ever be granted on " + cluster,
            () -> {
              run.failure = null;
              run.failureCluster = null;
              drive(
                  run,
                  () ->
                      lifecycle.fail(
                          run.name,
                          "ClusterUnavailable",
                          "GPUs can never be granted: cluster "
                              + cluster
                              + (clusters.find(cluster).isPresent()
                                  ? " has no GPUs"
                                  : " is not available")));
            });
  }

  private void grantWaiting() {
    for (GpuQueue.Waiting granted : queue.grant()) {
      PlacementRun run = runs.get(granted.placement());
      if (run == null) {
        queue.release(granted.placement());
        continue;
      }
      run.cancelProvisioning(scheduler);
      scheduleProvisioning(run, scheduler.clock().instant().plus(timings.provisioning()));
    }
  }

  private void scheduleProvisioning(PlacementRun run, Instant due) {
    run.provisioning =
        scheduler.schedule(
            due,
            run.name,
            "start provisioning",
            () -> {
              run.provisioning = null;
              drive(run, () -> lifecycle.startProvisioning(run.name));
            });
  }

  /** Makes sure {@code run} holds its GPUs on each of its clusters (after a jump, say). */
  private void hold(PlacementRun run, WorkloadPlacement placement) {
    List<String> wanted = placement.spec().clusters();
    if (queue.holdsExactly(run.name, wanted)) {
      return;
    }
    for (String c : queue.hold(run.name, placement.workspaceName(), wanted, demandOf(placement))) {
      log.warn("{} runs on {} without its GPUs: too few were free", run.name, c);
    }
  }

  private void release(PlacementRun run) {
    queue.release(run.name);
  }

  private void requireGpus(WorkloadPlacement placement) {
    List<String> lacking =
        queue.lacking(
            placement.name(),
            placement.workspaceName(),
            placement.spec().clusters(),
            demandOf(placement));
    if (!lacking.isEmpty()) {
      throw new IllegalStateException(
          "no free GPU on cluster "
              + lacking.get(0)
              + " for workload placement \""
              + placement.name()
              + "\"");
    }
  }

  private boolean neverGrants(WorkloadPlacement placement, String cluster, GpuQueue.Demand demand) {
    Optional<SimulatedCluster> target = clusters.obtain(placement.workspaceName(), cluster);
    return target.isEmpty() || target.get().gpuCapacity() < demand.gpusPerCluster();
  }

  /** What {@code placement} asks of the GPUs on each cluster: the domain's rule. */
  private static GpuQueue.Demand demandOf(WorkloadPlacement placement) {
    GpuDemand demand = placement.spec().gpuDemand();
    return demand.equals(GpuDemand.ONE_GPU)
        ? GpuQueue.Demand.ONE_GPU
        : new GpuQueue.Demand(demand.gpusPerCluster(), demand.priority());
  }

  /**
   * Runs one lifecycle call of a scheduled action, unless the run was replaced meanwhile. Losing a
   * race to a client (the placement was deleted or moved on) is expected and ends the action.
   */
  private void drive(PlacementRun run, Runnable call) {
    if (runs.get(run.name) != run) {
      return;
    }
    try {
      call.run();
    } catch (PlacementNotFoundException | IllegalTransitionException e) {
      log.debug("{}: action overtaken: {}", run.name, e.getMessage());
    }
  }
}

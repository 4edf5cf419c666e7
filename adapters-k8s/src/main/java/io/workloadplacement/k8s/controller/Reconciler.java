package io.workloadplacement.k8s.controller;

import io.workloadplacement.domain.failure.IllegalTransitionException;
import io.workloadplacement.domain.failure.PlacementException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.failure.WriteContentionException;
import io.workloadplacement.domain.model.ClusterPlacementDecision;
import io.workloadplacement.domain.model.DeletionPolicy;
import io.workloadplacement.domain.model.Phase;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.Step;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.in.DrivePlacementLifecycleUseCase;
import io.workloadplacement.domain.port.out.PlacementRepository;
import io.workloadplacement.k8s.steps.StepOutcome;
import io.workloadplacement.k8s.steps.WorkerCluster;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives placements through the domain's lifecycle use cases, one placement at a time on the work
 * queue's thread, level-triggered: each pass reads the stored placement and does the next thing
 * (admit; start provisioning once its GPUs are free; run each cluster's next step; end the burst).
 * Steps run on a bounded pool, clusters in parallel, each step's result recorded as it ends. What
 * it keeps in memory (running steps, removals under way) only avoids doing a thing twice at once:
 * everything else is read again from the store, so a restarted controller or a new leader carries
 * on where the last one stopped, without running a step whose result is stored.
 */
final class Reconciler {

  private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

  /** The reason of a placement failed because a target cluster is not registered. */
  static final String CLUSTER_UNAVAILABLE = "ClusterUnavailable";

  /** A step being run, and when it has ended (run or cancelled before it started). */
  private record Running(CompletableFuture<Void> ended) {}

  private final PlacementRepository repository;
  private final DeletedPlacements deletedPlacements;
  private final DrivePlacementLifecycleUseCase lifecycle;
  private final ClusterRegistry clusters;
  private final StepRunner steps;
  private final Clock clock;
  private final Duration resyncPeriod;
  private final ExecutorService stepPool;
  private final WorkQueue queue;
  private final Map<String, Running> running = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Void>> removals = new ConcurrentHashMap<>();
  private final Map<String, VersionedPlacement> deleted = new ConcurrentHashMap<>();
  // the names of deleted placements whose cleanup is under way
  private final Set<String> cleanups = ConcurrentHashMap.newKeySet();
  private volatile boolean stopped;

  Reconciler(
      PlacementRepository repository,
      DeletedPlacements deletedPlacements,
      DrivePlacementLifecycleUseCase lifecycle,
      ClusterRegistry clusters,
      StepRunner steps,
      Clock clock,
      Duration resyncPeriod,
      int stepThreads) {
    this.repository = repository;
    this.deletedPlacements = deletedPlacements;
    this.lifecycle = lifecycle;
    this.clusters = clusters;
    this.steps = steps;
    this.clock = clock;
    this.resyncPeriod = resyncPeriod;
    AtomicInteger threads = new AtomicInteger();
    this.stepPool =
        Executors.newFixedThreadPool(
            stepThreads,
            runnable -> {
              Thread thread = new Thread(runnable, "placement-steps-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    this.queue = new WorkQueue("placement-controller", this::reconcile);
  }

  /** Starts the periodic resync, which begins at once with every stored placement. */
  void start() {
    queue.every(resyncPeriod, this::resync);
  }

  /** Takes a stored change: a hint to look at that placement again. Never blocks. */
  void onEvent(PlacementEvent event) {
    String name = event.placement().name();
    if (event.type() == PlacementEvent.Type.DELETED) {
      deleted.put(name, event.placement());
    }
    queue.add(name);
  }

  /**
   * Stops driving at once: no more passes, queued steps dropped, running ones interrupted and their
   * results not recorded. Waits up to {@code grace} for running steps to end.
   */
  void stop(Duration grace) {
    stopped = true;
    queue.close();
    stepPool.shutdownNow();
    try {
      if (!stepPool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("steps still running {} after the controller stopped", grace);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void resync() {
    for (VersionedPlacement stored :
        repository.list(PlacementFilter.all(), Optional.empty(), Integer.MAX_VALUE)) {
      if (!isTerminal(stored.placement())) {
        queue.add(stored.name());
      }
    }
    // deleted while no controller ran, or before a cleanup finished
    for (VersionedPlacement gone : deletedPlacements.awaitingCleanup()) {
      if (!cleanups.contains(gone.name())) {
        deleted.putIfAbsent(gone.name(), gone);
        queue.add(gone.name());
      }
    }
  }

  private void reconcile(String name) {
    if (stopped) {
      return;
    }
    try {
      VersionedPlacement gone = deleted.remove(name);
      if (gone != null) {
        onDeleted(gone.placement());
      }
      Optional<VersionedPlacement> found = repository.find(name);
      if (found.isEmpty()) {
        return;
      }
      WorkloadPlacement placement = found.get().placement();
      switch (placement.provisioningStatus()) {
        case PENDING -> drove(lifecycle.admit(name));
        case QUEUED -> queued(placement);
        case IN_PROGRESS -> inProgress(placement);
        case SUCCESSFUL -> successful(placement);
        case COMPLETED, FAILED -> finished(placement);
      }
    } catch (VersionConflictException
        | IllegalTransitionException
        | PlacementNotFoundException
        | WriteContentionException e) {
      // someone else moved it meanwhile: read it again
      log.debug("{}: overtaken: {}", name, e.getMessage());
      queue.add(name);
    } catch (RuntimeException e) {
      if (stopped) {
        return; // interrupted by the stop
      }
      log.warn("{}: {}; trying again", name, e.toString());
      queue.addAfter(name, resyncPeriod);
    }
  }

  private void drove(VersionedPlacement placement) {
    queue.add(placement.name());
  }

  private void queued(WorkloadPlacement placement) {
    String name = placement.name();
    Optional<String> missing = missingCluster(placement);
    if (missing.isPresent()) {
      drove(
          lifecycle.fail(
              name,
              CLUSTER_UNAVAILABLE,
              "GPUs can never be granted: cluster "
                  + missing.get()
                  + " is not registered ("
                  + clusters.registrationHint(missing.get())
                  + ")"));
      return;
    }
    Map<String, GpuUsage> usage = new HashMap<>();
    for (String cluster : placement.spec().clusters()) {
      usage.put(cluster, GpuUsage.of(clusters.find(cluster).orElseThrow().client()));
    }
    List<WorkloadPlacement> stored =
        repository.list(PlacementFilter.all(), Optional.empty(), Integer.MAX_VALUE).stream()
            .map(VersionedPlacement::placement)
            .toList();
    Optional<String> waiting = GpuLine.whyWaiting(placement, stored, usage);
    if (waiting.isPresent()) {
      log.debug("{} waits: {}", name, waiting.get());
      return; // the next resync, or a placement that frees its GPUs, looks again
    }
    drove(lifecycle.startProvisioning(name));
  }

  private void inProgress(WorkloadPlacement placement) {
    String name = placement.name();
    List<Step> all = placement.spec().steps();
    for (ClusterPlacementDecision decision : placement.status().clusterPlacementDecisions()) {
      String cluster = decision.clusterName();
      int index = decision.stepResults().size();
      if (decision.phase() != Phase.DEPLOYING
          || index >= all.size()
          || running.containsKey(key(name, cluster))) {
        continue;
      }
      Optional<WorkerCluster> target = clusters.findNow(cluster);
      if (target.isEmpty()) {
        drove(
            lifecycle.fail(
                name,
                CLUSTER_UNAVAILABLE,
                "cluster "
                    + cluster
                    + " is not registered ("
                    + clusters.registrationHint(cluster)
                    + ")"));
        return;
      }
      runStep(placement, target.get(), index);
    }
  }

  /** Runs step {@code index} on {@code cluster} in the pool and records its result there. */
  private void runStep(WorkloadPlacement placement, WorkerCluster cluster, int index) {
    String name = placement.name();
    String key = key(name, cluster.name());
    Running entry = new Running(new CompletableFuture<>());
    running.put(key, entry);
    try {
      stepPool.execute(
          () -> {
            try {
              runAndRecord(placement, cluster, index);
            } finally {
              running.remove(key, entry);
              entry.ended().complete(null);
              if (!stopped) {
                queue.add(name);
              }
            }
          });
    } catch (RejectedExecutionException e) {
      running.remove(key, entry);
      entry.ended().complete(null);
    }
  }

  private void runAndRecord(WorkloadPlacement placement, WorkerCluster cluster, int index) {
    String name = placement.name();
    if (!stillDue(name, cluster.name(), index)) {
      return;
    }
    Step step = placement.spec().steps().get(index);
    Instant started = clock.instant();
    StepOutcome outcome;
    try {
      outcome = steps.run(cluster, placement.spec(), step);
    } catch (RuntimeException e) {
      outcome = StepOutcome.failed("StepFailed", e.toString());
    }
    if (stopped || Thread.currentThread().isInterrupted()) {
      log.info(
          "{}: step {} on {} abandoned: the controller stopped", name, step.name(), cluster.name());
      return;
    }
    StepResult result =
        StepRunner.result(step, outcome, Duration.between(started, clock.instant()));
    try {
      lifecycle.recordStepResult(name, cluster.name(), result);
    } catch (PlacementException | IllegalArgumentException e) {
      // deleted, failed on another cluster, or moved on by someone else
      log.info(
          "{}: result of step {} on {} not recorded: {}",
          name,
          step.name(),
          cluster.name(),
          e.getMessage());
    }
  }

  /**
   * True when step {@code index} is still the next one on {@code cluster}, read now: the pass that
   * chose it may have read the placement before the step's previous run recorded its result.
   */
  private boolean stillDue(String name, String cluster, int index) {
    return repository
        .find(name)
        .map(VersionedPlacement::placement)
        .filter(p -> p.provisioningStatus() == ProvisioningStatus.IN_PROGRESS)
        .flatMap(p -> p.status().decision(cluster))
        .filter(d -> d.phase() == Phase.DEPLOYING && d.stepResults().size() == index)
        .isPresent();
  }

  private void successful(WorkloadPlacement placement) {
    String name = placement.name();
    Optional<Instant> ends = placement.burstEndsAt();
    if (ends.isEmpty()) {
      return; // no burstDuration: no timed end until an update gives it one
    }
    Duration left = Duration.between(clock.instant(), ends.get());
    if (left.compareTo(Duration.ZERO) > 0) {
      if (left.compareTo(resyncPeriod) < 0) {
        queue.addAfter(name, left); // sooner than the next resync, which checks it otherwise
      }
      return;
    }
    if (placement.spec().deletionPolicy() == DeletionPolicy.DELETE) {
      CompletableFuture<Void> removal = removals.get(name);
      if (removal == null) {
        removals.put(name, removeDeployed(placement).whenComplete((v, e) -> queue.add(name)));
        return;
      }
      if (!removal.isDone()) {
        return;
      }
    }
    // removed first, so a controller that stops in between removes again rather than never
    drove(lifecycle.complete(name));
    removals.remove(name);
  }

  private void finished(WorkloadPlacement placement) {
    removals.remove(placement.name());
    wakeQueued();
  }

  /**
   * A placement was deleted: its steps stop, the deletion policy applies to what it deployed, and
   * then the store may let it go. A cleanup cut short by a stop is left to the next controller.
   */
  private void onDeleted(WorkloadPlacement last) {
    String name = last.name();
    if (!cleanups.add(name)) {
      return; // under way
    }
    List<CompletableFuture<Void>> stopping = new ArrayList<>();
    running.forEach(
        (key, entry) -> {
          if (key.startsWith(name + '\0')) {
            stopping.add(entry.ended());
          }
        });
    // after the steps under way end, so nothing they deploy is left behind
    CompletableFuture<Void> cleaned =
        CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new));
    if (last.provisioningStatus().isOnClusters()
        && last.spec().deletionPolicy() == DeletionPolicy.DELETE) {
      cleaned = cleaned.thenCompose(v -> removeDeployed(last));
    }
    cleaned.whenComplete((v, e) -> cleanedUp(name));
    wakeQueued();
  }

  private void cleanedUp(String name) {
    try {
      if (!stopped) {
        deletedPlacements.cleanedUp(name);
      }
    } catch (RuntimeException e) {
      log.warn(
          "{}: cleaned up, but the store still holds it: {}; the next resync tries again",
          name,
          e.toString());
    } finally {
      cleanups.remove(name);
    }
  }

  /**
   * Removes what {@code placement}'s steps deployed, last step first, clusters in parallel: every
   * step with a result, and the step under way.
   */
  private CompletableFuture<Void> removeDeployed(WorkloadPlacement placement) {
    List<CompletableFuture<Void>> perCluster = new ArrayList<>();
    for (ClusterPlacementDecision decision : placement.status().clusterPlacementDecisions()) {
      int deployed =
          Math.min(
              placement.spec().steps().size(),
              decision.stepResults().size() + (decision.phase() == Phase.DEPLOYING ? 1 : 0));
      if (deployed == 0) {
        continue;
      }
      try {
        perCluster.add(
            CompletableFuture.runAsync(
                () -> removeOn(placement, decision.clusterName(), deployed), stepPool));
      } catch (RejectedExecutionException e) {
        return CompletableFuture.completedFuture(null);
      }
    }
    return CompletableFuture.allOf(perCluster.toArray(CompletableFuture[]::new));
  }

  private void removeOn(WorkloadPlacement placement, String clusterName, int deployed) {
    Optional<WorkerCluster> cluster = clusters.find(clusterName);
    if (cluster.isEmpty()) {
      log.warn(
          "{}: cannot remove what it deployed on {}: the cluster is not registered",
          placement.name(),
          clusterName);
      return;
    }
    for (int i = deployed - 1; i >= 0; i--) {
      Step step = placement.spec().steps().get(i);
      StepOutcome outcome;
      try {
        outcome = steps.remove(cluster.get(), placement.spec(), step);
      } catch (RuntimeException e) {
        outcome = StepOutcome.failed("RemoveFailed", e.toString());
      }
      if (outcome.success()) {
        log.info("{}: {} on {}: {}", placement.name(), step.name(), clusterName, outcome.message());
      } else {
        log.warn(
            "{}: removing {} on {} failed: {}: {}",
            placement.name(),
            step.name(),
            clusterName,
            outcome.reason(),
            outcome.message());
      }
    }
  }

  /** GPUs may have been freed: every Queued placement looks again. */
  private void wakeQueued() {
    repository
        .list(
            new PlacementFilter(Optional.empty(), Optional.of(ProvisioningStatus.QUEUED)),
            Optional.empty(),
            Integer.MAX_VALUE)
        .forEach(p -> queue.add(p.name()));
  }

  private Optional<String> missingCluster(WorkloadPlacement placement) {
    return placement.spec().clusters().stream()
        .filter(c -> clusters.findNow(c).isEmpty())
        .findFirst();
  }

  private static boolean isTerminal(WorkloadPlacement placement) {
    ProvisioningStatus status = placement.provisioningStatus();
    return status == ProvisioningStatus.COMPLETED || status == ProvisioningStatus.FAILED;
  }

  private static String key(String placement, String cluster) {
    return placement + '\0' + cluster;
  }
}

package io.workloadplacement.k8s.controller;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.workloadplacement.domain.port.in.DrivePlacementLifecycleUseCase;
import io.workloadplacement.domain.port.out.PlacementRepository;
import io.workloadplacement.domain.port.out.PlacementWatch;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Drives stored placements on the registered worker clusters: admission, GPUs, each cluster's steps
 * in order, the burst's end and the deletion policy, through the domain's lifecycle use cases
 * ({@link Reconciler}). With leader election, only the replica holding the Lease drives; without,
 * this one does. Built from the composition root's parts with {@link #builder}; {@link #start} then
 * {@link #close}.
 */
public final class PlacementController implements AutoCloseable {

  /** How long {@link #close} waits for running steps to end. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  /** What a controller is built from, fixed at {@link Builder#build}. */
  private record Parts(
      KubernetesClient hub,
      String namespace,
      PlacementWatch watch,
      PlacementRepository repository,
      DeletedPlacements deletedPlacements,
      DrivePlacementLifecycleUseCase lifecycle,
      StepExecutors executors,
      Clock clock,
      Optional<LeaderElectionSettings> leaderElection,
      Duration resyncPeriod,
      int stepThreads) {}

  private final Parts settings;
  private final ClusterRegistry clusters;
  private Leadership leadership;
  private Reconciler reconciler;
  private PlacementWatch.Subscription subscription;
  private boolean closed;

  private PlacementController(Parts settings) {
    this.settings = settings;
    this.clusters = new ClusterRegistry(settings.hub(), settings.namespace);
  }

  /**
   * A controller whose cluster Secrets, Lease and chart credentials are in {@code namespace} of the
   * cluster {@code hub} reaches (where the service runs).
   */
  public static Builder builder(KubernetesClient hub, String namespace) {
    return new Builder(hub, namespace);
  }

  /**
   * Starts watching the cluster Secrets (returns once they are listed), then drives placements at
   * once, or joins the election and drives while it leads.
   */
  public synchronized void start() {
    if (closed) {
      throw new IllegalStateException("a closed controller cannot start again");
    }
    clusters.start();
    if (settings.leaderElection().isPresent()) {
      leadership =
          new Leadership(
              settings.hub(),
              settings.namespace(),
              settings.leaderElection().get(),
              this::drive,
              this::stopDriving);
      leadership.start();
    } else {
      drive();
    }
  }

  /** True while this controller drives placements (without election, from start to close). */
  public synchronized boolean isDriving() {
    return reconciler != null;
  }

  /** Stops driving (running steps are interrupted), leaves the election, closes the clients. */
  @Override
  public synchronized void close() {
    closed = true;
    if (leadership != null) {
      leadership.close();
      leadership = null;
    }
    stopDriving();
    clusters.close();
  }

  private synchronized void drive() {
    if (closed || reconciler != null) {
      return;
    }
    reconciler =
        new Reconciler(
            settings.repository(),
            settings.deletedPlacements(),
            settings.lifecycle(),
            clusters,
            new StepRunner(settings.executors()),
            settings.clock(),
            settings.resyncPeriod(),
            settings.stepThreads());
    subscription = settings.watch().subscribe(false, reconciler::onEvent);
    reconciler.start();
  }

  private synchronized void stopDriving() {
    if (reconciler == null) {
      return;
    }
    subscription.close();
    subscription = null;
    reconciler.stop(STOP_GRACE);
    reconciler = null;
  }

  /** What a controller is built from; every part but the optional ones is required. */
  public static final class Builder {
    private final KubernetesClient hub;
    private final String namespace;
    private PlacementWatch watch;
    private PlacementRepository repository;
    private DeletedPlacements deletedPlacements;
    private DrivePlacementLifecycleUseCase lifecycle;
    private StepExecutors executors;
    private Clock clock = Clock.systemUTC();
    private Optional<LeaderElectionSettings> leaderElection = Optional.empty();
    private Duration resyncPeriod = Duration.ofSeconds(30);
    private int stepThreads = 8;

    private Builder(KubernetesClient hub, String namespace) {
      this.hub = Objects.requireNonNull(hub, "hub");
      this.namespace = Objects.requireNonNull(namespace, "namespace");
    }

    /** The stored changes, whoever made them (the informer's watch in the server). */
    public Builder watch(PlacementWatch watch) {
      this.watch = watch;
      return this;
    }

    /** Where placements are read. */
    public Builder repository(PlacementRepository repository) {
      this.repository = repository;
      return this;
    }

    /** The deleted placements the store keeps until their cleanup is done. */
    public Builder deletedPlacements(DeletedPlacements deletedPlacements) {
      this.deletedPlacements = deletedPlacements;
      return this;
    }

    /** The only way the controller changes a placement. */
    public Builder lifecycle(DrivePlacementLifecycleUseCase lifecycle) {
      this.lifecycle = lifecycle;
      return this;
    }

    /** What runs the steps ({@link StepExecutors#standard} in the server, fakes in tests). */
    public Builder executors(StepExecutors executors) {
      this.executors = executors;
      return this;
    }

    /** The clock bursts are timed by; the lifecycle service's own. Default: UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Drive only while holding the Lease; without this call, drive from start. */
    public Builder leaderElection(LeaderElectionSettings leaderElection) {
      this.leaderElection = Optional.of(leaderElection);
      return this;
    }

    /**
     * How often every placement that is not finished is looked at again, events or not (a placement
     * waiting for GPUs notices pods that ended; a burst's end is checked at least this often).
     * Default 30 s.
     */
    public Builder resyncPeriod(Duration resyncPeriod) {
      if (resyncPeriod.compareTo(Duration.ZERO) <= 0) {
        throw new IllegalArgumentException("resync period must be positive: " + resyncPeriod);
      }
      this.resyncPeriod = resyncPeriod;
      return this;
    }

    /** How many steps run at once, over all placements and clusters. Default 8. */
    public Builder stepThreads(int stepThreads) {
      if (stepThreads < 1) {
        throw new IllegalArgumentException("need at least one step thread: " + stepThreads);
      }
      this.stepThreads = stepThreads;
      return this;
    }

    /** The controller, not started. */
    public PlacementController build() {
      Objects.requireNonNull(watch, "watch");
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(deletedPlacements, "deletedPlacements");
      Objects.requireNonNull(lifecycle, "lifecycle");
      Objects.requireNonNull(executors, "executors");
      Objects.requireNonNull(clock, "clock");
      return new PlacementController(
          new Parts(
              hub,
              namespace,
              watch,
              repository,
              deletedPlacements,
              lifecycle,
              executors,
              clock,
              leaderElection,
              resyncPeriod,
              stepThreads));
    }
  }
}

package io.workloadplacement.simulator;

import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.domain.port.out.PlacementWatch;
import io.workloadplacement.domain.port.out.PlacementWatch.Subscription;
import io.workloadplacement.domain.service.PlacementLifecycleService;
import io.workloadplacement.domain.service.PlacementService;
import io.workloadplacement.domain.service.PlacementValidator;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.clock.ClockState;
import io.workloadplacement.simulator.clock.ScheduledAction;
import io.workloadplacement.simulator.clock.Scheduler;
import io.workloadplacement.simulator.clock.SimulationClock;
import io.workloadplacement.simulator.cluster.ClusterView;
import io.workloadplacement.simulator.cluster.SimulatedCluster;
import io.workloadplacement.simulator.cluster.SimulatedClusters;
import io.workloadplacement.simulator.durable.Checkpointer;
import io.workloadplacement.simulator.durable.DataDirectoryException;
import io.workloadplacement.simulator.durable.KeptClock;
import io.workloadplacement.simulator.durable.KeptState;
import io.workloadplacement.simulator.durable.SqliteStateStore;
import io.workloadplacement.simulator.durable.StateStore;
import io.workloadplacement.simulator.durable.WorldState;
import io.workloadplacement.simulator.engine.LifecycleEngine;
import io.workloadplacement.simulator.event.PlacementEvents;
import io.workloadplacement.simulator.fault.FaultRules;
import io.workloadplacement.simulator.store.InMemoryPlacementRepository;
import io.workloadplacement.simulator.timeline.NextTransition;
import io.workloadplacement.simulator.timeline.Timeline;
import io.workloadplacement.simulator.timeline.TimelineEntry;
import io.workloadplacement.simulator.timeline.TimelineRecorder;
import io.workloadplacement.simulator.topology.TimingProfile;
import io.workloadplacement.simulator.topology.Topology;
import io.workloadplacement.simulator.topology.TopologyWorkspaceDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * The simulator, wired: an in-memory store, simulated clusters, a controllable clock and fault
 * rules behind the domain's services. The REST adapter serves {@link #placements()}; the control
 * API serves the rest. Every method is thread-safe.
 */
public final class Simulator implements AutoCloseable {

  private final SimulatorConfig config;
  private final BackgroundValidator beanValidator;
  private final PlacementValidator validator;
  private final SimulationClock clock;
  private final Scheduler scheduler;
  private final InMemoryPlacementRepository repository;
  private final SimulatedClusters clusters;
  private final FaultRules faults;
  private final PlacementEvents events;
  private final TimelineRecorder timeline;
  private final LifecycleEngine engine;
  private final PlacementUseCases placements;
  private StateStore store; // null when the state is kept in memory only
  private Checkpointer checkpointer;
  private boolean resumed;

  private Simulator(SimulatorConfig config) {
    this.config = config;
    this.beanValidator = new BackgroundValidator();
    this.validator = new PlacementValidator(beanValidator);
    this.clock = new SimulationClock(config.start(), config.clockMode(), config.speed());
    this.scheduler = new Scheduler(clock);
    this.repository = new InMemoryPlacementRepository();
    this.clusters = new SimulatedClusters(config.topology());
    this.faults = new FaultRules(config.seed());
    this.events = new PlacementEvents(scheduler);
    this.timeline = new TimelineRecorder(clock);
    PlacementLifecycleService lifecycle = new PlacementLifecycleService(repository, events, clock);
    this.engine =
        new LifecycleEngine(
            repository, lifecycle, lifecycle, scheduler, clusters, faults, config.timings());
    // the timeline first, so that it has the change before anything it triggers
    events.addListener(timeline::record);
    events.addListener(engine::onEvent);
    this.placements =
        new SerializedClientWrites(
            new PlacementService(
                repository,
                new TopologyWorkspaceDirectory(config.topology()),
                validator,
                events,
                clock),
            scheduler);
  }

  /**
   * A simulator on {@code config}; its clock runs from now on. Close it to stop the clock. With a
   * data directory, it resumes the state kept there (the directory's clock, mode and speed win over
   * the config's) and keeps every change there before it is answered.
   *
   * @throws DataDirectoryException when the data directory cannot be used; nothing is started
   */
  public static Simulator start(SimulatorConfig config) {
    Objects.requireNonNull(config, "config");
    Optional<StateStore> store = config.dataDir().map(SqliteStateStore::open);
    try {
      Optional<KeptState> kept = store.flatMap(StateStore::load);
      Simulator simulator =
          new Simulator(kept.map(k -> config.withStart(k.world().clock().start())).orElse(config));
      try {
        store.ifPresent(s -> simulator.keepIn(s, kept));
      } catch (RuntimeException e) {
        try {
          simulator.close();
        } catch (RuntimeException alsoFailed) {
          e.addSuppressed(alsoFailed);
        }
        throw e;
      }
      simulator.scheduler.start();
      return simulator;
    } catch (RuntimeException e) {
      store.ifPresent(StateStore::close);
      throw e;
    }
  }

  /** How many placements are stored. */
  public int placementCount() {
    return repository.size();
  }

  /** True when it resumed a state kept in its data directory. */
  public boolean resumed() {
    return resumed;
  }

  /** Restores {@code kept}, then writes every completed change to {@code target}. */
  private void keepIn(StateStore target, Optional<KeptState> kept) {
    Checkpointer writer =
        new Checkpointer(
            target,
            repository::find,
            this::worldState,
            scheduler::modifications,
            kept.map(KeptState::world));
    events.addListener(writer::onEvent);
    faults.onChange(
        () -> {
          writer.changed();
          scheduler.exclusive(() -> {}); // the checkpoint, before the caller answers
        });
    this.store = target;
    this.checkpointer = writer;
    scheduler.setCheckpoint(writer::checkpoint);
    scheduler.exclusive(
        () ->
            kept.ifPresent(
                k -> {
                  clock.restore(k.world().clock().reading());
                  repository.restore(k.placements(), k.world().lastSequence());
                  clusters.restore(k.world().clusters());
                  faults.restore(k.world().faults());
                  engine.restore(k.world().engine());
                  scheduler.clockChanged();
                  resumed = true;
                }));
  }

  private WorldState worldState() {
    return new WorldState(
        repository.lastSequence(),
        new KeptClock(clock.read(), config.start()),
        engine.state(),
        clusters.states(),
        faults.state());
  }

  /** The client-facing use cases, for the REST adapter. */
  public PlacementUseCases placements() {
    return placements;
  }

  /**
   * The rules it judges specs by, for an adapter that reports violations itself (a create body with
   * wrong JSON types); released on {@link #close}.
   */
  public PlacementValidator validator() {
    return validator;
  }

  /**
   * Starts bootstrapping Bean Validation on a thread of its own, for a server once it listens (so
   * that the bootstrap does not slow its start); otherwise the first write does it.
   */
  public void prepareValidation() {
    beanValidator.bootstrapInBackground();
  }

  /** The configuration it started with. */
  public SimulatorConfig config() {
    return config;
  }

  /** The workspaces and clusters. */
  public Topology topology() {
    return config.topology();
  }

  /** The timing profile in effect. */
  public TimingProfile timings() {
    return config.timings();
  }

  /** The time, mode and speed of the clock. */
  public ClockState clock() {
    return clock.read();
  }

  /**
   * Changes the clock's mode, speed or both (an empty one is kept); the time does not jump.
   *
   * @throws IllegalArgumentException for a speed out of range
   */
  public ClockState setClock(Optional<ClockMode> mode, OptionalDouble speed) {
    return scheduler.exclusive(
        () -> {
          ClockState now = clock.read();
          clock.set(mode.orElse(now.mode()), speed.orElse(now.speed()));
          scheduler.clockChanged();
          return clock.read();
        });
  }

  /**
   * Moves time forward by {@code span}, running every transition due in it, in order, each at its
   * due time; works in either mode.
   *
   * @return the time after
   */
  public Instant advance(Duration span) {
    return scheduler.advance(span);
  }

  /**
   * Back to the start: no placements, empty clusters, no fault rules (and the fault random
   * reseeded), the clock at its start time in its current mode; the topology stays. Subscribers get
   * a DELETED event for every placement that was there.
   */
  public void reset() {
    scheduler.exclusive(
        () -> {
          List<VersionedPlacement> gone = repository.all();
          if (checkpointer != null) {
            checkpointer.changed(gone.stream().map(p -> p.placement().name()).toList());
          }
          scheduler.clear();
          engine.clear();
          repository.clear();
          clusters.reset();
          faults.reset();
          timeline.clear();
          events.clear();
          clock.resetTo(config.start());
          scheduler.clockChanged();
          gone.forEach(
              p -> events.notifySubscribers(new PlacementEvent(PlacementEvent.Type.DELETED, p)));
        });
  }

  /** Every cluster: capacity, GPUs in use, what is deployed, the command log. */
  public List<ClusterView> clusters() {
    return scheduler.exclusive(clusters::views);
  }

  /** How many Queued placements wait in line for GPUs; O(1), for metrics. */
  public int placementsWaitingForGpus() {
    return scheduler.exclusive(engine::waitingForGpus);
  }

  /** One cluster, if it exists. */
  public Optional<ClusterView> cluster(String name) {
    return scheduler.exclusive(() -> clusters.find(name).map(SimulatedCluster::view));
  }

  /** The fault rules: get, set, add, clear; and {@code matchApi} for the HTTP layer. */
  public FaultRules faults() {
    return faults;
  }

  /**
   * Sets {@code name} to {@code status} at once, with status, conditions, step results and the
   * clusters' GPUs and resources as the lifecycle would have left them; the lifecycle carries on
   * from there. Any status may be reached from any other.
   *
   * @throws PlacementNotFoundException when there is no such placement
   * @throws IllegalStateException when the status needs a GPU a cluster does not have free
   */
  public VersionedPlacement jumpToStatus(String name, ProvisioningStatus status) {
    Objects.requireNonNull(status, "status");
    return scheduler.exclusive(
        () -> {
          ProvisioningStatus from =
              repository
                  .find(name)
                  .orElseThrow(() -> new PlacementNotFoundException(name))
                  .placement()
                  .provisioningStatus();
          timeline.expectJump(name, from, status);
          try {
            return engine.jump(name, status);
          } catch (RuntimeException e) {
            timeline.forgetJump(name);
            throw e;
          }
        });
  }

  /**
   * What happened to {@code name} so far and what is scheduled next for it; a deleted placement
   * keeps its timeline until reset.
   *
   * @throws PlacementNotFoundException when the simulator never saw it
   */
  public Timeline timeline(String name) {
    return scheduler.exclusive(
        () -> {
          List<TimelineEntry> entries = timeline.entriesOf(name);
          if (entries.isEmpty() && repository.find(name).isEmpty()) {
            throw new PlacementNotFoundException(name);
          }
          Optional<NextTransition> next =
              scheduler.next(a -> a.placement().equals(Optional.of(name))).map(Simulator::toNext);
          return new Timeline(entries, next, engine.waitingFor(name).orElse(List.of()));
        });
  }

  /** What happened to every placement so far, and the next thing scheduled. */
  public Timeline timeline() {
    return scheduler.exclusive(
        () ->
            new Timeline(
                timeline.all(),
                scheduler.next(a -> a.placement().isPresent()).map(Simulator::toNext),
                List.of()));
  }

  /**
   * The watch on this simulator's placements, for the REST adapter's watch stream: {@link
   * #subscribeWithSnapshot} with initial events, else {@link #subscribe}.
   */
  public PlacementWatch watch() {
    return (initialEvents, subscriber) ->
        initialEvents ? subscribeWithSnapshot(subscriber) : subscribe(subscriber);
  }

  /**
   * Delivers every later ADDED, MODIFIED and DELETED event, carrying the placement as stored, until
   * the subscription is closed. Delivery is under the simulation lock: hand events on to a queue
   * rather than blocking.
   */
  public Subscription subscribe(Consumer<PlacementEvent> subscriber) {
    return events.subscribe(subscriber);
  }

  /**
   * Like {@link #subscribe}, but first delivers an ADDED event for every stored placement, taken
   * together with subscribing under the simulation lock, so that no change falls between the
   * snapshot and the events (a Kubernetes watch's initial events). A change stored just before may
   * still arrive after its placement's ADDED, with the same version: the subscriber drops what it
   * already has.
   */
  public Subscription subscribeWithSnapshot(Consumer<PlacementEvent> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    return scheduler.exclusive(
        () -> {
          repository
              .all()
              .forEach(p -> subscriber.accept(new PlacementEvent(PlacementEvent.Type.ADDED, p)));
          return events.subscribe(subscriber);
        });
  }

  /**
   * Stops simulated time at once, without waiting for the simulation lock: a running {@link
   * #advance} ends at its next transition and nothing is run after. Requests still work; {@link
   * #close} is still needed.
   */
  public void stopTime() {
    scheduler.stop();
  }

  /**
   * Stops the clock thread and releases the validator; with a data directory, writes the clock's
   * last reading and closes the directory.
   */
  @Override
  public void close() {
    scheduler.close();
    try {
      if (checkpointer != null) {
        checkpointer.changed();
        scheduler.exclusive(() -> {});
      }
    } finally {
      if (store != null) {
        store.close();
      }
      beanValidator.close();
    }
  }

  private static NextTransition toNext(ScheduledAction action) {
    return new NextTransition(action.due(), action.placement().orElseThrow(), action.description());
  }
}

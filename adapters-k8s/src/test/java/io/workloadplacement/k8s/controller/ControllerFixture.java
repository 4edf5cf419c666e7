package io.workloadplacement.k8s.controller;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.workloadplacement.domain.fixtures.MutableClock;
import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.StepDraft;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.out.PlacementRepository;
import io.workloadplacement.domain.service.PlacementLifecycleService;
import io.workloadplacement.k8s.HubMock;
import io.workloadplacement.k8s.steps.CommandStepExecutor;
import io.workloadplacement.k8s.steps.FakeHelm;
import io.workloadplacement.k8s.steps.HelmStepExecutor;
import io.workloadplacement.k8s.steps.ManifestStepExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A hub mock with the store on it, worker mocks registered through Secrets, the domain's lifecycle
 * service with a manual clock, and controllers on them: what every controller test starts from.
 */
final class ControllerFixture implements AutoCloseable {

  static final String NAMESPACE = "wp-system";
  // a ceiling, reached only when something is wrong: the build machine is shared and slow
  static final Duration WAIT = Duration.ofSeconds(60);

  final HubMock hub = new HubMock();
  final MutableClock clock = MutableClock.atSeedTime();
  final InProcessWatch watch = new InProcessWatch();
  final PlacementRepository repository = hub.repository(NAMESPACE);
  final PlacementLifecycleService lifecycle =
      new PlacementLifecycleService(repository, watch, clock);
  private final List<AutoCloseable> owned = new ArrayList<>();
  private int probes;

  /** The executors a controller runs steps with, each recording its calls; Helm is faked. */
  record Executors(
      RecordingExecutor<ManifestResource> manifest,
      RecordingExecutor<CommandExecution> command,
      RecordingExecutor<HelmConfig> helm,
      FakeHelm helmRunner) {

    StepExecutors all() {
      return new StepExecutors(manifest, command, helm);
    }
  }

  /** Fresh recording executors: manifests created or replaced (the mock has no apply). */
  Executors executors() {
    FakeHelm helm = new FakeHelm();
    return new Executors(
        new RecordingExecutor<>(
            new ManifestStepExecutor(ManifestStepExecutor.Verb.CREATE_OR_REPLACE),
            ManifestResource::name),
        new RecordingExecutor<>(new CommandStepExecutor(), CommandExecution::name),
        new RecordingExecutor<>(
            new HelmStepExecutor(hub.client(), NAMESPACE, helm), HelmConfig::key),
        helm);
  }

  /** A worker with one Node of {@code gpus} GPUs, registered on the hub. */
  WorkerMock worker(String name, int gpus) {
    WorkerMock worker = own(WorkerMock.withGpus(name, gpus));
    worker.registerOn(hub.client(), NAMESPACE);
    return worker;
  }

  /** A started controller and its executors, a placement's Helm install held at their gate. */
  record HeldAtHelm(PlacementController controller, Executors executors) {}

  /**
   * Starts a controller whose Helm installs wait at a gate (opened by the test, or by no one: a
   * stop interrupts it) and creates {@code name} on worker-1 with {@code deletionPolicy}; returns
   * once its Helm step, the last, is held there, after its command and manifest ran.
   */
  HeldAtHelm heldAtItsHelmStep(String name, String deletionPolicy) throws InterruptedException {
    Executors executors = executors();
    executors.helmRunner().gate = new CountDownLatch(1);
    PlacementController controller = start(executors);
    create(deploying(name, "worker-1", deletionPolicy, "kubectl create namespace team-" + name));
    if (!executors.helmRunner().holding.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("waited " + WAIT + " for the Helm step of " + name);
    }
    return new HeldAtHelm(controller, executors);
  }

  /** A started controller without leader election. */
  PlacementController start(Executors executors) {
    return start(builder(hub.client(), executors));
  }

  PlacementController start(PlacementController.Builder builder) {
    PlacementController controller = own(builder.build());
    controller.start();
    return controller;
  }

  PlacementController.Builder builder(KubernetesClient hubClient, Executors executors) {
    return PlacementController.builder(hubClient, NAMESPACE)
        .watch(watch)
        .repository(repository)
        .deletedPlacements(hub.deletedPlacements(NAMESPACE))
        .lifecycle(lifecycle)
        .executors(executors.all())
        .clock(clock)
        .resyncPeriod(Duration.ofMillis(100))
        .stepThreads(4);
  }

  /** Stores {@code draft} as a new Pending placement, as the create use case does. */
  VersionedPlacement create(PlacementDraft draft) {
    Instant now = clock.instant();
    VersionedPlacement stored =
        repository.insert(
            new WorkloadPlacement(draft.toSpec(), PlacementStatus.pending(now), now, null));
    watch.publish(new PlacementEvent(PlacementEvent.Type.ADDED, stored));
    return stored;
  }

  /** Deletes {@code name}, as the delete use case does. */
  void delete(String name) {
    VersionedPlacement last = repository.find(name).orElseThrow();
    repository.delete(name, last.version());
    watch.publish(new PlacementEvent(PlacementEvent.Type.DELETED, last));
  }

  /**
   * Returns once the controller has passed over every placement it had queued: a probe placement on
   * a cluster of its own reaches Successful only through several passes of the one loop, which
   * takes names in order.
   */
  void awaitPassesOverQueuedPlacements() {
    if (probes == 0) {
      worker("probe", 1000);
    }
    String name = "probe-" + ++probes;
    create(deploying(name, "probe", "Retain", "kubectl create namespace " + name));
    await(name, ProvisioningStatus.SUCCESSFUL);
  }

  /** The placement once it is in {@code status}; fails after {@link #WAIT}. */
  WorkloadPlacement await(String name, ProvisioningStatus status) {
    awaitThat(
        () ->
            repository
                .find(name)
                .map(p -> p.placement().provisioningStatus() == status)
                .orElse(false),
        name + " to be " + status);
    return repository.find(name).orElseThrow().placement();
  }

  /** Polls {@code condition} until it holds; fails after {@link #WAIT}. */
  void awaitThat(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + WAIT + " for " + what + "; placements: " + statuses());
      }
      LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
    }
  }

  private String statuses() {
    return repository
        .list(
            io.workloadplacement.domain.model.PlacementFilter.all(),
            java.util.Optional.empty(),
            100)
        .stream()
        .map(
            p ->
                p.name()
                    + "="
                    + p.placement().provisioningStatus()
                    + " ("
                    + p.placement().status().message()
                    + ")")
        .toList()
        .toString();
  }

  /**
   * A placement of one command, one ConfigMap and one Helm release, in that order, on {@code
   * cluster}, for a burst of 15 minutes.
   */
  static PlacementDraft deploying(
      String name, String cluster, String deletionPolicy, String command) {
    return new PlacementDraft(
        "abc",
        name,
        List.of(cluster),
        "15m",
        deletionPolicy,
        List.of(
            new HelmConfig(
                "cuda",
                "cuda-" + name,
                "bookinfo",
                "vaidio",
                "https://charts.example.com/vaidio/",
                null,
                Map.of("replicaCount", 2),
                "cuda",
                null,
                null)),
        List.of(
            new ManifestResource(
                "settings-" + name, "bookinfo", "v1", "ConfigMap", Map.of("color", "purple"))),
        List.of(new CommandExecution("prepare", command)),
        List.of(
            new StepDraft("prepare", StepType.COMMAND),
            new StepDraft("settings-" + name, StepType.MANIFEST),
            new StepDraft("cuda", StepType.HELM)));
  }

  private <T extends AutoCloseable> T own(T closeable) {
    owned.add(closeable);
    return closeable;
  }

  @Override
  public void close() throws Exception {
    for (int i = owned.size() - 1; i >= 0; i--) {
      owned.get(i).close();
    }
    hub.close();
  }
}

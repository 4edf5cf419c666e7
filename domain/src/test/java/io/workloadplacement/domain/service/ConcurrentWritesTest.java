package io.workloadplacement.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.failure.PlacementAlreadyExistsException;
import io.workloadplacement.domain.fixtures.FixedWorkspaces;
import io.workloadplacement.domain.fixtures.InMemoryFakeRepository;
import io.workloadplacement.domain.fixtures.MutableClock;
import io.workloadplacement.domain.fixtures.PlacementPatches;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.StepDraft;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Writers racing on one placement: exactly one create wins and no change is lost. */
class ConcurrentWritesTest {

  private static final int THREADS = 8;

  private final InMemoryFakeRepository repository = new InMemoryFakeRepository();
  private final MutableClock clock = MutableClock.atSeedTime();
  private final PlacementService service =
      new PlacementService(
          repository,
          FixedWorkspaces.any(),
          Validators.placementValidator(),
          PlacementEventPublisher.none(),
          clock);
  private final PlacementLifecycleService lifecycle =
      new PlacementLifecycleService(repository, PlacementEventPublisher.none(), clock);
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void manyCreatesOfOneNameStoreExactlyOne() throws Exception {
    AtomicInteger refused = new AtomicInteger();
    List<Callable<Boolean>> creates = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      creates.add(
          () -> {
            try {
              service.create(SamplePlacements.seed());
              return true;
            } catch (PlacementAlreadyExistsException e) {
              refused.incrementAndGet();
              return false;
            }
          });
    }
    long created = runTogether(creates).stream().filter(Boolean::booleanValue).count();

    assertThat(created).isEqualTo(1);
    assertThat(refused).hasValue(THREADS - 1);
  }

  @Test
  void concurrentUpdatesOfDifferentFieldsAreAllKept() throws Exception {
    service.create(SamplePlacements.oneCommand("abc", "p", List.of("w1")));
    List<Callable<Boolean>> updates = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      int n = i;
      updates.add(
          () -> {
            // each writer appends its own command, read-modify-write style, retrying on 412
            while (true) {
              var current = service.get("p");
              List<CommandExecution> commands =
                  new ArrayList<>(current.placement().spec().cmdExec());
              commands.add(new CommandExecution("c" + n, "echo " + n));
              List<StepDraft> steps = new ArrayList<>(current.placement().spec().toDraft().steps());
              steps.add(new StepDraft("c" + n, StepType.COMMAND));
              try {
                service.update(
                    new UpdatePlacementCommand(
                        "p",
                        PlacementPatches.patch().cmdExec(commands).steps(steps).build(),
                        Optional.of(current.version())));
                return true;
              } catch (io.workloadplacement.domain.failure.VersionConflictException e) {
                // someone else won this round: read again
              }
            }
          });
    }
    updates.add(() -> lifecycle.admit("p") != null);
    runTogether(updates);

    WorkloadPlacement stored = service.get("p").placement();
    assertThat(stored.spec().cmdExec()).hasSize(THREADS + 1);
    assertThat(stored.spec().steps()).hasSize(THREADS + 1);
    assertThat(stored.provisioningStatus()).isEqualTo(ProvisioningStatus.QUEUED);
  }

  private <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(30, TimeUnit.SECONDS));
    }
    return results;
  }
}

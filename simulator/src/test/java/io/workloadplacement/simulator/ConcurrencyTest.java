package io.workloadplacement.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.failure.PlacementAlreadyExistsException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.fixtures.PlacementPatches;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.simulator.clock.ClockMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  private static final int THREADS = 16;

  private final Simulator sim = Sims.manual();

  @AfterEach
  void close() {
    sim.close();
  }

  @Test
  void manyThreadsCreatingTheSameNameMakeExactlyOneSuccess() throws Exception {
    List<PlacementEvent> events = new CopyOnWriteArrayList<>();
    sim.subscribe(events::add);

    List<Boolean> created =
        race(
            i -> {
              try {
                sim.placements()
                    .create(SamplePlacements.oneCommand("ws-" + i, "contested", List.of("c-" + i)));
                return true;
              } catch (PlacementAlreadyExistsException e) {
                return false;
              }
            });

    assertThat(created).containsOnlyOnce(true);
    assertThat(events)
        .singleElement()
        .extracting(PlacementEvent::type)
        .isEqualTo(PlacementEvent.Type.ADDED);
    sim.advance(Duration.ofSeconds(5));
    // exactly one placement holds exactly one GPU
    assertThat(sim.clusters()).flatExtracting(c -> c.gpuHolders()).containsExactly("contested");
  }

  @Test
  void parallelUpdatesWithIfMatchLoseNoUpdate() throws Exception {
    sim.placements().create(SamplePlacements.oneCommand("abc", "shared", List.of("c-start")));

    // each thread adds its own cluster by read-modify-write, retrying on a stale version
    List<Boolean> done =
        race(
            i -> {
              for (int attempt = 0; attempt < 1_000; attempt++) {
                VersionedPlacement current = sim.placements().get("shared");
                List<String> clusters = new ArrayList<>(current.placement().spec().clusters());
                clusters.add("c-" + i);
                try {
                  sim.placements()
                      .update(
                          new UpdatePlacementCommand(
                              "shared",
                              PlacementPatches.patch().clusters(clusters).build(),
                              Optional.of(current.version())));
                  return true;
                } catch (VersionConflictException e) {
                  // someone else wrote first: read again
                }
              }
              return false;
            });

    assertThat(done).containsOnly(true);
    List<String> expected = new ArrayList<>(List.of("c-start"));
    for (int i = 0; i < THREADS; i++) {
      expected.add("c-" + i);
    }
    assertThat(sim.placements().get("shared").placement().spec().clusters())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void clientsAndARealtimeClockWorkTogetherWithoutLosingAPlacement() throws Exception {
    sim.setClock(Optional.of(ClockMode.REALTIME), java.util.OptionalDouble.of(5_000));
    CountDownLatch allCompleted = new CountDownLatch(THREADS);
    sim.subscribe(
        e -> {
          if (e.placement().placement().provisioningStatus()
              == io.workloadplacement.domain.model.ProvisioningStatus.COMPLETED) {
            allCompleted.countDown();
          }
        });

    race(
        i -> {
          var spec = SamplePlacements.oneCommand("abc", "p-" + i, List.of("shared-cluster"));
          sim.placements()
              .create(
                  new io.workloadplacement.domain.model.PlacementDraft(
                      spec.workspaceName(),
                      spec.name(),
                      spec.clusters(),
                      "10s",
                      spec.deletionPolicy(),
                      spec.helmConfigs(),
                      spec.manifestResources(),
                      spec.cmdExec(),
                      spec.steps()));
          return true;
        });

    // 16 placements on 8 GPUs: two waves of about 24 simulated seconds, milliseconds at 5000x
    assertThat(allCompleted.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(sim.cluster("shared-cluster").orElseThrow().gpusInUse()).isZero();
  }

  interface Attempt {
    boolean run(int i) throws Exception;
  }

  private static List<Boolean> race(Attempt attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        int n = i;
        Callable<Boolean> task =
            () -> {
              ready.countDown();
              go.await();
              return attempt.run(n);
            };
        futures.add(pool.submit(task));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<Boolean> outcomes = new ArrayList<>();
      for (Future<Boolean> f : futures) {
        outcomes.add(f.get(30, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}

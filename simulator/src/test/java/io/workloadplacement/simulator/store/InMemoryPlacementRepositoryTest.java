package io.workloadplacement.simulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.failure.PlacementAlreadyExistsException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.fixtures.PlacementRepositoryContract;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.out.PlacementRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shared repository contract, plus what the simulator's store promises beyond it. */
class InMemoryPlacementRepositoryTest extends PlacementRepositoryContract {

  @Override
  protected PlacementRepository newRepository() {
    return new InMemoryPlacementRepository();
  }

  private static final Instant NOW = Instant.parse("2025-10-30T08:39:52Z");

  private final InMemoryPlacementRepository repository = new InMemoryPlacementRepository();

  @Test
  void aRecreatedNameNeverGetsAnOldVersionBack() {
    VersionedPlacement first = repository.insert(pendingPlacement("a", "abc"));
    repository.delete("a", first.version());

    VersionedPlacement second = repository.insert(pendingPlacement("a", "abc"));

    assertThat(second.version()).isNotEqualTo(first.version());
  }

  @Test
  void clearEmptiesTheStore() {
    repository.insert(pendingPlacement("a", "abc"));
    repository.insert(pendingPlacement("b", "abc"));

    repository.clear();

    assertThat(repository.all()).isEmpty();
    assertThat(repository.find("a")).isEmpty();
    repository.insert(pendingPlacement("a", "abc"));
    assertThat(names(repository.all())).containsExactly("a");
  }

  @Test
  void manyThreadsInsertingTheSameNameMakeExactlyOneSuccess() throws Exception {
    int threads = 16;
    List<Boolean> outcomes =
        race(
            threads,
            i -> {
              try {
                repository.insert(pendingPlacement("contested", "ws-" + i));
                return true;
              } catch (PlacementAlreadyExistsException e) {
                return false;
              }
            });

    assertThat(outcomes).containsOnlyOnce(true);
    assertThat(names(repository.all())).containsExactly("contested");
  }

  @Test
  void manyThreadsReplacingFromOneVersionMakeExactlyOneSuccess() throws Exception {
    VersionedPlacement v1 = repository.insert(pendingPlacement("a", "abc"));
    List<Boolean> outcomes =
        race(
            16,
            i -> {
              try {
                repository.replace(
                    v1.placement().withSpec(v1.placement().spec(), NOW.plusSeconds(i)),
                    v1.version());
                return true;
              } catch (VersionConflictException e) {
                return false;
              }
            });

    assertThat(outcomes).containsOnlyOnce(true);
  }

  interface Attempt {
    boolean run(int i);
  }

  /** Runs {@code attempt} on {@code threads} threads released together. */
  static List<Boolean> race(int threads, Attempt attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return attempt.run(n);
                }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<Boolean> outcomes = new ArrayList<>();
      for (Future<Boolean> f : futures) {
        outcomes.add(f.get(10, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static WorkloadPlacement pendingPlacement(String name, String workspace) {
    var spec = SamplePlacements.oneCommand(workspace, name, List.of("worker-1")).toSpec();
    return new WorkloadPlacement(spec, PlacementStatus.pending(NOW), NOW, null);
  }

  private static List<String> names(List<VersionedPlacement> placements) {
    return placements.stream().map(VersionedPlacement::name).toList();
  }
}

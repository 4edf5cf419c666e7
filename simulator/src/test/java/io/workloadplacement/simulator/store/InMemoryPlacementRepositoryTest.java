package io.workloadplacement.simulator.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.failure.PlacementAlreadyExistsException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.fixtures.PlacementRepositoryContract;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.out.PlacementRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  @Test
  void aStatusChangeMovesThePlacementBetweenTheFiltersIndexes() {
    VersionedPlacement stored = repository.insert(pendingPlacement("a", "abc"));
    WorkloadPlacement placement = stored.placement();
    repository.replace(
        placement.withStatus(placement.status().movedTo(ProvisioningStatus.FAILED, "broken", NOW)),
        stored.version());

    assertThat(names(repository.list(byStatus(ProvisioningStatus.PENDING), Optional.empty(), 10)))
        .isEmpty();
    assertThat(names(repository.list(byStatus(ProvisioningStatus.FAILED), Optional.empty(), 10)))
        .containsExactly("a");
    assertThat(
            names(
                repository.list(
                    new PlacementFilter(Optional.of("abc"), Optional.of(ProvisioningStatus.FAILED)),
                    Optional.empty(),
                    10)))
        .containsExactly("a");
  }

  /**
   * Every page reads only the names its filter matches: the same work at 1,000 and at 100,000
   * placements, for a first page and a continued one, filtered or not, with matches or none.
   */
  @Test
  void aPageCostsTheSameWorkWhateverTheNumberOfPlacements() {
    assertThat(workOfPages(100_000)).isEqualTo(workOfPages(1_000));
  }

  /** Names visited by each of a set of 100-item pages over {@code count} placements. */
  private static List<Long> workOfPages(int count) {
    InMemoryPlacementRepository store = new InMemoryPlacementRepository();
    int failedEvery = count / 300; // 300 Failed, half of them in each workspace
    for (int i = 0; i < count; i++) {
      String name = String.format("p-%07d", i);
      WorkloadPlacement placement = pendingPlacement(name, "ws-" + (i % 2));
      if (i % failedEvery == 0 && i / failedEvery < 300) {
        placement =
            placement.withStatus(
                placement.status().movedTo(ProvisioningStatus.FAILED, "broken", NOW));
      }
      store.insert(placement);
    }
    List<PlacementFilter> filters =
        List.of(
            PlacementFilter.all(),
            byStatus(ProvisioningStatus.FAILED),
            byStatus(ProvisioningStatus.COMPLETED),
            new PlacementFilter(Optional.of("ws-1"), Optional.empty()),
            new PlacementFilter(Optional.of("ws-1"), Optional.of(ProvisioningStatus.FAILED)),
            new PlacementFilter(Optional.of("nowhere"), Optional.empty()));
    List<Long> work = new ArrayList<>();
    for (PlacementFilter filter : filters) {
      long before = store.namesVisited();
      List<VersionedPlacement> first = store.list(filter, Optional.empty(), 100);
      work.add(store.namesVisited() - before);
      assertThat(first).allMatch(p -> filter.matches(p.placement()));
      if (!first.isEmpty()) {
        before = store.namesVisited();
        store.list(filter, Optional.of(first.get(first.size() - 1).name()), 100);
        work.add(store.namesVisited() - before);
      }
    }
    return work;
  }

  private static PlacementFilter byStatus(ProvisioningStatus status) {
    return new PlacementFilter(Optional.empty(), Optional.of(status));
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

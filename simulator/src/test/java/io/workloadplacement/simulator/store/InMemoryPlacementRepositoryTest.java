package io.workloadplacement.simulator.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.failure.PlacementAlreadyExistsException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
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

class InMemoryPlacementRepositoryTest {

  private static final Instant NOW = Instant.parse("2025-10-30T08:39:52Z");

  private final InMemoryPlacementRepository repository = new InMemoryPlacementRepository();

  @Test
  void insertedPlacementIsFoundByNameWithAVersion() {
    VersionedPlacement stored = repository.insert(placement("a", "abc"));

    assertThat(repository.find("a")).contains(stored);
    assertThat(stored.version()).isNotBlank();
    assertThat(repository.find("b")).isEmpty();
  }

  @Test
  void insertingATakenNameIsRefused() {
    repository.insert(placement("a", "abc"));

    assertThatThrownBy(() -> repository.insert(placement("a", "other")))
        .isInstanceOf(PlacementAlreadyExistsException.class);
    assertThat(repository.find("a").orElseThrow().placement().workspaceName()).isEqualTo("abc");
  }

  @Test
  void replaceNeedsTheCurrentVersionAndChangesIt() {
    VersionedPlacement v1 = repository.insert(placement("a", "abc"));
    WorkloadPlacement changed = v1.placement().withSpec(v1.placement().spec(), NOW.plusSeconds(1));

    VersionedPlacement v2 = repository.replace(changed, v1.version());

    assertThat(v2.version()).isNotEqualTo(v1.version());
    assertThat(Long.parseLong(v2.version())).isGreaterThan(Long.parseLong(v1.version()));
    assertThatThrownBy(() -> repository.replace(changed, v1.version()))
        .isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> repository.replace(placement("zzz", "abc"), "1"))
        .isInstanceOf(PlacementNotFoundException.class);
  }

  @Test
  void deleteNeedsTheCurrentVersion() {
    VersionedPlacement v1 = repository.insert(placement("a", "abc"));

    assertThatThrownBy(() -> repository.delete("a", "999"))
        .isInstanceOf(VersionConflictException.class);
    repository.delete("a", v1.version());

    assertThat(repository.find("a")).isEmpty();
    assertThat(repository.all()).isEmpty();
    assertThatThrownBy(() -> repository.delete("a", v1.version()))
        .isInstanceOf(PlacementNotFoundException.class);
  }

  @Test
  void aRecreatedNameNeverGetsAnOldVersionBack() {
    VersionedPlacement first = repository.insert(placement("a", "abc"));
    repository.delete("a", first.version());

    VersionedPlacement second = repository.insert(placement("a", "abc"));

    assertThat(second.version()).isNotEqualTo(first.version());
  }

  @Test
  void listIsOrderedByNameFilteredAndPagedAfterAName() {
    for (String name : List.of("delta", "alpha", "charlie", "bravo", "echo")) {
      repository.insert(placement(name, name.compareTo("c") < 0 ? "one" : "two"));
    }

    assertThat(names(repository.list(PlacementFilter.all(), Optional.empty(), 10)))
        .containsExactly("alpha", "bravo", "charlie", "delta", "echo");
    assertThat(names(repository.list(PlacementFilter.all(), Optional.of("bravo"), 2)))
        .containsExactly("charlie", "delta");
    assertThat(names(repository.list(PlacementFilter.all(), Optional.of("bz"), 10)))
        .containsExactly("charlie", "delta", "echo");
    PlacementFilter two = new PlacementFilter(Optional.of("two"), Optional.empty());
    assertThat(names(repository.list(two, Optional.empty(), 2)))
        .containsExactly("charlie", "delta");
    PlacementFilter queued =
        new PlacementFilter(Optional.empty(), Optional.of(ProvisioningStatus.QUEUED));
    assertThat(repository.list(queued, Optional.empty(), 10)).isEmpty();
    assertThat(repository.list(PlacementFilter.all(), Optional.empty(), 0)).isEmpty();
  }

  @Test
  void clearEmptiesTheStore() {
    repository.insert(placement("a", "abc"));
    repository.insert(placement("b", "abc"));

    repository.clear();

    assertThat(repository.all()).isEmpty();
    assertThat(repository.find("a")).isEmpty();
    repository.insert(placement("a", "abc"));
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
                repository.insert(placement("contested", "ws-" + i));
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
    VersionedPlacement v1 = repository.insert(placement("a", "abc"));
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

  private static WorkloadPlacement placement(String name, String workspace) {
    var spec = SamplePlacements.oneCommand(workspace, name, List.of("worker-1"));
    return new WorkloadPlacement(spec, PlacementStatus.pending(NOW), NOW, null);
  }

  private static List<String> names(List<VersionedPlacement> placements) {
    return placements.stream().map(VersionedPlacement::name).toList();
  }
}

package io.workloadplacement.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.fixtures.FixedWorkspaces;
import io.workloadplacement.domain.fixtures.InMemoryFakeRepository;
import io.workloadplacement.domain.fixtures.MutableClock;
import io.workloadplacement.domain.fixtures.PlacementPatches;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementPatch;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.PlacementPage;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.service.PlacementService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP tests cannot reach: the gap between the access check and the write, and the retries
 * that keep it closed under concurrent writes.
 */
class WorkspaceScopedUseCasesTest {

  private static final Caller EDITOR = new Caller(Role.EDITOR, Optional.of("abc"));

  private final PlacementService service =
      new PlacementService(
          new InMemoryFakeRepository(),
          FixedWorkspaces.any(),
          Validators.placementValidator(),
          PlacementEventPublisher.none(),
          MutableClock.atSeedTime());

  WorkspaceScopedUseCasesTest() {
    service.create(spec("abc", "a-1"));
  }

  private static PlacementDraft spec(String workspace, String name) {
    return SamplePlacements.oneCommand(workspace, name, List.of("worker-1"));
  }

  private static PlacementPatch burst(String duration) {
    return PlacementPatches.patch().burstDuration(duration).build();
  }

  @Test
  void aPlacementRecreatedElsewhereBetweenCheckAndUpdateIsNotUpdated() {
    PlacementUseCases scoped = new WorkspaceScopedUseCases(recreatingInXyzOnWrite(), EDITOR);

    assertThatThrownBy(
            () -> scoped.update(new UpdatePlacementCommand("a-1", burst("2h"), Optional.empty())))
        .isInstanceOf(PlacementNotFoundException.class);
    assertThat(service.get("a-1").placement().workspaceName()).isEqualTo("xyz");
    assertThat(service.get("a-1").placement().spec().burstDuration().text()).isEqualTo("1h");
  }

  @Test
  void aPlacementRecreatedElsewhereBetweenCheckAndDeleteIsNotDeleted() {
    PlacementUseCases scoped = new WorkspaceScopedUseCases(recreatingInXyzOnWrite(), EDITOR);

    assertThatThrownBy(() -> scoped.delete(new DeletePlacementCommand("a-1", Optional.empty())))
        .isInstanceOf(PlacementNotFoundException.class);
    assertThat(service.get("a-1").placement().workspaceName()).isEqualTo("xyz");
  }

  @Test
  void aClientsOwnStaleVersionIsAConflict() {
    PlacementUseCases scoped = new WorkspaceScopedUseCases(service, EDITOR);
    String old = service.get("a-1").version();
    scoped.update(new UpdatePlacementCommand("a-1", burst("2h"), Optional.of(old)));

    assertThatThrownBy(
            () -> scoped.update(new UpdatePlacementCommand("a-1", burst("3h"), Optional.of(old))))
        .isInstanceOf(VersionConflictException.class);
    assertThat(service.get("a-1").placement().spec().burstDuration().text()).isEqualTo("2h");
  }

  @Test
  void concurrentUnpinnedUpdatesAllGoThrough() throws Exception {
    PlacementUseCases scoped = new WorkspaceScopedUseCases(service, EDITOR);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<VersionedPlacement>> writes = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      PlacementPatch patch = burst(i + "m");
      writes.add(
          pool.submit(
              () -> scoped.update(new UpdatePlacementCommand("a-1", patch, Optional.empty()))));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    for (Future<VersionedPlacement> write : writes) {
      assertThat(write.get().name()).isEqualTo("a-1");
    }
  }

  /**
   * The service, except that the first write through it first replaces {@code a-1} with one of the
   * same name in workspace {@code xyz}: another client's delete and create, landing between the
   * decorator's check and its write.
   */
  private PlacementUseCases recreatingInXyzOnWrite() {
    return new PlacementUseCases() {
      private boolean raced;

      private void race() {
        if (!raced) {
          raced = true;
          service.delete(new DeletePlacementCommand("a-1", Optional.empty()));
          service.create(spec("xyz", "a-1"));
        }
      }

      @Override
      public VersionedPlacement create(PlacementDraft spec) {
        return service.create(spec);
      }

      @Override
      public VersionedPlacement get(String name) {
        return service.get(name);
      }

      @Override
      public PlacementPage list(PlacementQuery query) {
        return service.list(query);
      }

      @Override
      public VersionedPlacement update(UpdatePlacementCommand command) {
        race();
        return service.update(command);
      }

      @Override
      public VersionedPlacement delete(DeletePlacementCommand command) {
        race();
        return service.delete(command);
      }
    };
  }
}

package io.workloadplacement.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.UnknownWorkspaceException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.failure.WriteContentionException;
import io.workloadplacement.domain.failure.WriteForbiddenException;
import io.workloadplacement.domain.fixtures.FixedWorkspaces;
import io.workloadplacement.domain.fixtures.InMemoryFakeRepository;
import io.workloadplacement.domain.fixtures.InterferingRepository;
import io.workloadplacement.domain.fixtures.MutableClock;
import io.workloadplacement.domain.fixtures.PlacementPatches;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.PlacementPatch;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.AccessScope;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.GetPlacementQuery;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.port.out.PlacementRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The one read-modify-write path: the caller's scope is judged inside the step that writes, retries
 * are bounded, and a caller without If-Match never sees a version conflict.
 */
class OneWritePathTest {

  private static final AccessScope EDITOR = AccessScope.readWrite("abc");
  private static final AccessScope VIEWER = AccessScope.readOnly("abc");

  private final InMemoryFakeRepository store = new InMemoryFakeRepository();
  private final PlacementService direct = serviceOn(store);

  OneWritePathTest() {
    direct.create(new CreatePlacementCommand(spec("abc", "a-1")));
  }

  private static PlacementService serviceOn(PlacementRepository repository) {
    return new PlacementService(
        repository,
        FixedWorkspaces.any(),
        Validators.placementValidator(),
        PlacementEventPublisher.none(),
        MutableClock.atSeedTime());
  }

  private static PlacementDraft spec(String workspace, String name) {
    return SamplePlacements.oneCommand(workspace, name, List.of("worker-1"));
  }

  private static PlacementPatch burst(String duration) {
    return PlacementPatches.patch().burstDuration(duration).build();
  }

  private VersionedPlacement stored() {
    return direct.get(new GetPlacementQuery("a-1"));
  }

  /** The service on a store where, before the first write, a-1 is deleted and made again in xyz. */
  private PlacementService recreatingInXyzBeforeTheWrite() {
    return serviceOn(
        new InterferingRepository(
            store,
            1,
            () -> {
              direct.delete(new DeletePlacementCommand("a-1", Optional.empty()));
              direct.create(new CreatePlacementCommand(spec("xyz", "a-1")));
            }));
  }

  /** The service on a store where another writer always gets in first. */
  private PlacementService alwaysLosingTheRace(InterferingRepository[] holder) {
    InterferingRepository racing =
        new InterferingRepository(
            store,
            Integer.MAX_VALUE,
            () ->
                direct.update(
                    new UpdatePlacementCommand(
                        "a-1",
                        burst(
                            stored()
                                    .placement()
                                    .spec()
                                    .burstDuration()
                                    .orElseThrow()
                                    .text()
                                    .equals("2h")
                                ? "3h"
                                : "2h"),
                        Optional.empty())));
    holder[0] = racing;
    return serviceOn(racing);
  }

  @Test
  void aPlacementRecreatedElsewhereBetweenCheckAndUpdateIsNotUpdated() {
    PlacementService service = recreatingInXyzBeforeTheWrite();

    assertThatThrownBy(
            () ->
                service.update(
                    new UpdatePlacementCommand("a-1", burst("2h"), Optional.empty(), EDITOR)))
        .isInstanceOf(PlacementNotFoundException.class);
    assertThat(stored().placement().workspaceName()).isEqualTo("xyz");
    assertThat(stored().placement().spec().burstDuration().orElseThrow().text()).isEqualTo("1h");
  }

  @Test
  void aPlacementRecreatedElsewhereBetweenCheckAndDeleteIsNotDeleted() {
    PlacementService service = recreatingInXyzBeforeTheWrite();

    assertThatThrownBy(
            () -> service.delete(new DeletePlacementCommand("a-1", Optional.empty(), EDITOR)))
        .isInstanceOf(PlacementNotFoundException.class);
    assertThat(stored().placement().workspaceName()).isEqualTo("xyz");
  }

  @Test
  void aClientsOwnStaleVersionIsAConflict() {
    String old = stored().version();
    direct.update(new UpdatePlacementCommand("a-1", burst("2h"), Optional.of(old), EDITOR));

    assertThatThrownBy(
            () ->
                direct.update(
                    new UpdatePlacementCommand("a-1", burst("3h"), Optional.of(old), EDITOR)))
        .isInstanceOf(VersionConflictException.class);
    assertThat(stored().placement().spec().burstDuration().orElseThrow().text()).isEqualTo("2h");
  }

  @Test
  void aVersionThatTurnsStaleDuringTheWriteIsAConflictWithoutRetrying() {
    InterferingRepository[] racing = new InterferingRepository[1];
    PlacementService service = alwaysLosingTheRace(racing);
    String current = stored().version();

    assertThatThrownBy(
            () ->
                service.update(
                    new UpdatePlacementCommand("a-1", burst("5h"), Optional.of(current))))
        .isInstanceOf(VersionConflictException.class);
    assertThat(racing[0].conditionalWrites()).isEqualTo(1);
  }

  @Test
  void withoutIfMatchEndlessRacesEndInContentionAfterBoundedAttemptsNeverAConflict() {
    InterferingRepository[] racing = new InterferingRepository[1];
    PlacementService service = alwaysLosingTheRace(racing);

    assertThatThrownBy(
            () -> service.update(new UpdatePlacementCommand("a-1", burst("5h"), Optional.empty())))
        .isInstanceOf(WriteContentionException.class)
        .isNotInstanceOf(VersionConflictException.class);
    assertThat(racing[0].conditionalWrites()).isEqualTo(OptimisticWrites.MAX_ATTEMPTS);
    assertThat(stored().placement().spec().burstDuration().orElseThrow().text()).isNotEqualTo("5h");

    assertThatThrownBy(() -> service.delete(new DeletePlacementCommand("a-1", Optional.empty())))
        .isInstanceOf(WriteContentionException.class);
    assertThat(stored().name()).isEqualTo("a-1");
  }

  @Test
  void withoutIfMatchAFewLostRacesAreRetriedAndTheWriteLands() {
    PlacementService service =
        serviceOn(
            new InterferingRepository(
                store,
                3,
                () ->
                    direct.update(
                        new UpdatePlacementCommand(
                            "a-1", burst(System.nanoTime() + "ns"), Optional.empty()))));

    service.update(new UpdatePlacementCommand("a-1", burst("5h"), Optional.empty()));

    assertThat(stored().placement().spec().burstDuration().orElseThrow().text()).isEqualTo("5h");
  }

  @Test
  void concurrentUnpinnedUpdatesAllGoThrough() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<VersionedPlacement>> writes = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      PlacementPatch patch = burst(i + "m");
      writes.add(
          pool.submit(
              () ->
                  direct.update(
                      new UpdatePlacementCommand("a-1", patch, Optional.empty(), EDITOR))));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    for (Future<VersionedPlacement> write : writes) {
      assertThat(write.get().name()).isEqualTo("a-1");
    }
  }

  @Test
  void aViewersWritesAreForbiddenInItsWorkspaceAndItsPlacementsStayAsTheyWere() {
    String version = stored().version();

    assertThatThrownBy(
            () ->
                direct.update(
                    new UpdatePlacementCommand(
                        "a-1", PlacementPatch.empty(), Optional.empty(), VIEWER)))
        .isInstanceOf(WriteForbiddenException.class);
    assertThatThrownBy(
            () -> direct.delete(new DeletePlacementCommand("a-1", Optional.empty(), VIEWER)))
        .isInstanceOf(WriteForbiddenException.class);
    assertThatThrownBy(() -> direct.create(new CreatePlacementCommand(spec("abc", "a-2"), VIEWER)))
        .isInstanceOf(WriteForbiddenException.class);
    assertThat(stored().version()).isEqualTo(version);
    assertThat(direct.get(new GetPlacementQuery("a-1", VIEWER)).version()).isEqualTo(version);
  }

  @Test
  void outsideTheScopeAPlacementDoesNotExistEvenForAStaleIfMatch() {
    AccessScope elsewhere = AccessScope.readWrite("xyz");

    assertThatThrownBy(() -> direct.get(new GetPlacementQuery("a-1", elsewhere)))
        .isInstanceOf(PlacementNotFoundException.class);
    assertThatThrownBy(
            () ->
                direct.update(
                    new UpdatePlacementCommand(
                        "a-1", burst("2h"), Optional.of("stale"), elsewhere)))
        .isInstanceOf(PlacementNotFoundException.class);
    assertThatThrownBy(
            () -> direct.delete(new DeletePlacementCommand("a-1", Optional.empty(), elsewhere)))
        .isInstanceOf(PlacementNotFoundException.class);
    assertThatThrownBy(
            () -> direct.create(new CreatePlacementCommand(spec("abc", "a-2"), elsewhere)))
        .isInstanceOf(UnknownWorkspaceException.class);
    assertThat(stored().placement().spec().burstDuration().orElseThrow().text()).isEqualTo("1h");
  }

  @Test
  void listsHoldOnlyTheScopesWorkspace() {
    direct.create(new CreatePlacementCommand(spec("xyz", "x-1")));
    PlacementQuery everything = PlacementQuery.all();
    PlacementQuery askingForXyz =
        new PlacementQuery(
            new PlacementFilter(Optional.of("xyz"), Optional.empty()),
            OptionalInt.empty(),
            Optional.empty());

    assertThat(direct.list(everything).items())
        .extracting(VersionedPlacement::name)
        .containsExactly("a-1", "x-1");
    assertThat(direct.list(everything.scopedTo(VIEWER)).items())
        .extracting(VersionedPlacement::name)
        .containsExactly("a-1");
    assertThat(direct.list(askingForXyz.scopedTo(EDITOR)).items()).isEmpty();
  }
}

package io.workloadplacement.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.failure.DeletionRestrictedException;
import io.workloadplacement.domain.failure.InvalidContinueTokenException;
import io.workloadplacement.domain.failure.InvalidUpdateException;
import io.workloadplacement.domain.failure.PlacementAlreadyExistsException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.PlacementValidationException;
import io.workloadplacement.domain.failure.UnknownClusterException;
import io.workloadplacement.domain.failure.UnknownWorkspaceException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.fixtures.FixedWorkspaces;
import io.workloadplacement.domain.fixtures.InMemoryFakeRepository;
import io.workloadplacement.domain.fixtures.MutableClock;
import io.workloadplacement.domain.fixtures.PlacementPatches;
import io.workloadplacement.domain.fixtures.RecordingEvents;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementField;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.PlacementPatch;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.PlacementPage;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlacementServiceTest {

  private final InMemoryFakeRepository repository = new InMemoryFakeRepository();
  private final RecordingEvents events = new RecordingEvents();
  private final MutableClock clock = MutableClock.atSeedTime();
  private final PlacementService service =
      new PlacementService(
          repository,
          FixedWorkspaces.of(Map.of("abc", Set.of("worker-1", "worker-2"), "xyz", Set.of("gpu-1"))),
          Validators.placementValidator(),
          events,
          clock);
  private final PlacementLifecycleService lifecycle =
      new PlacementLifecycleService(repository, events, clock);

  @Test
  void createStoresAPendingPlacementAndAnnouncesIt() {
    VersionedPlacement created = service.create(SamplePlacements.seed());

    assertThat(created.placement().provisioningStatus()).isEqualTo(ProvisioningStatus.PENDING);
    assertThat(created.placement().createdAt()).isEqualTo(clock.instant());
    assertThat(created.placement().updatedAt()).isNull();
    assertThat(created.placement().spec()).isEqualTo(SamplePlacements.seed().toSpec());
    assertThat(service.get(SamplePlacements.SEED_NAME)).isEqualTo(created);
    assertThat(events.events())
        .containsExactly(new PlacementEvent(PlacementEvent.Type.ADDED, created));
  }

  @Test
  void aSecondCreateOfTheSameNameIsRefusedAndChangesNothing() {
    VersionedPlacement first = service.create(SamplePlacements.seed());
    PlacementDraft other =
        SamplePlacements.oneCommand("xyz", SamplePlacements.SEED_NAME, List.of("gpu-1"));

    assertThatThrownBy(() -> service.create(other))
        .isInstanceOf(PlacementAlreadyExistsException.class);
    assertThat(service.get(SamplePlacements.SEED_NAME)).isEqualTo(first);
  }

  @Test
  void anInvalidPlacementIsRefusedWithEveryViolationAndNotStored() {
    PlacementDraft bad =
        new PlacementDraft(
            "abc", "bad", List.of("worker-1"), "0s", "delete", null, null, null, List.of());

    assertThatThrownBy(() -> service.create(bad))
        .isInstanceOfSatisfying(
            PlacementValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("burstDuration", "deletionPolicy", "helmConfigs", "steps"));
    assertThat(repository.find("bad")).isEmpty();
    assertThat(events.events()).isEmpty();
  }

  @Test
  void unknownWorkspaceAndClusterAreRefused() {
    assertThatThrownBy(
            () -> service.create(SamplePlacements.oneCommand("nope", "p1", List.of("worker-1"))))
        .isInstanceOfSatisfying(
            UnknownWorkspaceException.class, e -> assertThat(e.workspaceName()).isEqualTo("nope"));
    assertThatThrownBy(
            () ->
                service.create(
                    SamplePlacements.oneCommand("abc", "p1", List.of("worker-1", "gpu-1"))))
        .isInstanceOfSatisfying(
            UnknownClusterException.class, e -> assertThat(e.clusterName()).isEqualTo("gpu-1"));
    assertThat(repository.find("p1")).isEmpty();
  }

  @Test
  void getOfAMissingNameIsNotFound() {
    assertThatThrownBy(() -> service.get("missing"))
        .isInstanceOfSatisfying(
            PlacementNotFoundException.class, e -> assertThat(e.name()).isEqualTo("missing"));
  }

  @Test
  void listFiltersByWorkspaceAndStatus() {
    service.create(SamplePlacements.oneCommand("abc", "a1", List.of("worker-1")));
    service.create(SamplePlacements.oneCommand("xyz", "x1", List.of("gpu-1")));
    service.create(SamplePlacements.oneCommand("abc", "a2", List.of("worker-2")));
    lifecycle.admit("a2");

    assertThat(
            names(
                service.list(
                    query(Optional.of("abc"), Optional.empty(), OptionalInt.empty(), null))))
        .containsExactly("a1", "a2");
    assertThat(
            names(
                service.list(
                    query(
                        Optional.empty(),
                        Optional.of(ProvisioningStatus.QUEUED),
                        OptionalInt.empty(),
                        null))))
        .containsExactly("a2");
    assertThat(names(service.list(PlacementQuery.all()))).containsExactly("a1", "a2", "x1");
  }

  @Test
  void pagingReturnsEveryItemOnceInNameOrder() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String name = "p" + i;
      service.create(SamplePlacements.oneCommand("abc", name, List.of("worker-1")));
      expected.add(name);
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      PlacementPage page =
          service.list(query(Optional.empty(), Optional.empty(), OptionalInt.of(3), token));
      assertThat(page.items()).hasSizeLessThanOrEqualTo(3);
      seen.addAll(names(page));
      token = page.continueToken().orElse(null);
      pages++;
    } while (token != null);

    assertThat(seen).containsExactlyElementsOf(expected);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void aPageThatEndsExactlyAtTheLastItemHasNoToken() {
    service.create(SamplePlacements.oneCommand("abc", "p1", List.of("worker-1")));
    service.create(SamplePlacements.oneCommand("abc", "p2", List.of("worker-1")));
    PlacementPage page =
        service.list(query(Optional.empty(), Optional.empty(), OptionalInt.of(2), null));
    assertThat(names(page)).containsExactly("p1", "p2");
    assertThat(page.continueToken()).isEmpty();
  }

  @Test
  void aLimitMustBePositive() {
    assertThatThrownBy(() -> query(Optional.empty(), Optional.empty(), OptionalInt.of(0), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }

  @Test
  void aForeignContinueTokenIsRefused() {
    assertThatThrownBy(
            () ->
                service.list(
                    query(Optional.empty(), Optional.empty(), OptionalInt.of(1), "garbage!")))
        .isInstanceOf(InvalidContinueTokenException.class);
    assertThatThrownBy(
            () ->
                service.list(
                    query(Optional.empty(), Optional.empty(), OptionalInt.of(1), "aGVsbG8")))
        .isInstanceOf(InvalidContinueTokenException.class);
  }

  @Test
  void updateMergesChangesAndStampsUpdatedAt() {
    service.create(SamplePlacements.seed());
    clock.advance(Duration.ofMinutes(5));

    VersionedPlacement updated =
        service.update(
            command(
                PlacementPatches.patch()
                    .clusters(List.of("worker-1", "worker-2"))
                    .burstDuration("20m")
                    .build()));

    assertThat(updated.placement().spec().clusters()).containsExactly("worker-1", "worker-2");
    assertThat(updated.placement().spec().burstDuration().text()).isEqualTo("20m");
    assertThat(updated.placement().spec().helmConfigs())
        .isEqualTo(SamplePlacements.seed().helmConfigs());
    assertThat(updated.placement().updatedAt()).isEqualTo(clock.instant());
    assertThat(events.events())
        .last()
        .isEqualTo(new PlacementEvent(PlacementEvent.Type.MODIFIED, updated));
  }

  @Test
  void anUpdateThatChangesNothingWritesNothing() {
    VersionedPlacement created = service.create(SamplePlacements.seed());
    VersionedPlacement result =
        service.update(
            command(
                PlacementPatches.patch().burstDuration("15m").deletionPolicy("Delete").build()));
    assertThat(result).isEqualTo(created);
    assertThat(events.events()).hasSize(1);
  }

  @Test
  void aNameInTheBodyThatDiffersFromThePathIsARefusedChange() {
    service.create(SamplePlacements.seed());
    assertThatThrownBy(
            () -> service.update(command(PlacementPatches.patch().name("renamed").build())))
        .isInstanceOfSatisfying(
            InvalidUpdateException.class,
            e -> {
              assertThat(e.fields()).containsExactly(PlacementField.NAME);
              assertThat(e.status()).isEqualTo(ProvisioningStatus.PENDING);
            });
  }

  @Test
  void anUpdateIsJudgedAgainstTheCurrentStatus() {
    service.create(SamplePlacements.seed());
    lifecycle.admit(SamplePlacements.SEED_NAME);
    lifecycle.startProvisioning(SamplePlacements.SEED_NAME);
    VersionedPlacement before = service.get(SamplePlacements.SEED_NAME);

    assertThatThrownBy(
            () ->
                service.update(
                    command(
                        PlacementPatches.patch()
                            .clusters(List.of("worker-2"))
                            .burstDuration("30m")
                            .build())))
        .isInstanceOfSatisfying(
            InvalidUpdateException.class,
            e -> {
              assertThat(e.fields()).containsExactly(PlacementField.CLUSTERS);
              assertThat(e.status()).isEqualTo(ProvisioningStatus.IN_PROGRESS);
            });
    assertThat(service.get(SamplePlacements.SEED_NAME)).isEqualTo(before);
  }

  @Test
  void anAllowedChangeWithAnInvalidResultIsAValidationError() {
    service.create(SamplePlacements.seed());
    assertThatThrownBy(
            () ->
                service.update(command(PlacementPatches.patch().burstDuration("forever").build())))
        .isInstanceOfSatisfying(
            PlacementValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("burstDuration"));
  }

  @Test
  void updatingToAnUnknownClusterIsRefused() {
    service.create(SamplePlacements.seed());
    assertThatThrownBy(
            () ->
                service.update(
                    command(PlacementPatches.patch().clusters(List.of("gpu-1")).build())))
        .isInstanceOf(UnknownClusterException.class);
  }

  @Test
  void ifMatchWithAStaleVersionIsAConflict() {
    VersionedPlacement created = service.create(SamplePlacements.seed());
    service.update(command(PlacementPatches.patch().burstDuration("20m").build()));

    PlacementPatch patch = PlacementPatches.patch().burstDuration("25m").build();
    assertThatThrownBy(
            () ->
                service.update(
                    new UpdatePlacementCommand(
                        SamplePlacements.SEED_NAME, patch, Optional.of(created.version()))))
        .isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(
            () ->
                service.delete(
                    new DeletePlacementCommand(
                        SamplePlacements.SEED_NAME, Optional.of(created.version()))))
        .isInstanceOf(VersionConflictException.class);
    assertThat(service.get(SamplePlacements.SEED_NAME).placement().spec().burstDuration().text())
        .isEqualTo("20m");
  }

  @Test
  void ifMatchWithTheCurrentVersionSucceeds() {
    VersionedPlacement created = service.create(SamplePlacements.seed());
    PlacementPatch patch = PlacementPatches.patch().burstDuration("25m").build();
    VersionedPlacement updated =
        service.update(
            new UpdatePlacementCommand(
                SamplePlacements.SEED_NAME, patch, Optional.of(created.version())));
    assertThat(updated.version()).isNotEqualTo(created.version());
    service.delete(
        new DeletePlacementCommand(SamplePlacements.SEED_NAME, Optional.of(updated.version())));
    assertThat(repository.find(SamplePlacements.SEED_NAME)).isEmpty();
  }

  @Test
  void updateAndDeleteOfAMissingNameAreNotFound() {
    assertThatThrownBy(() -> service.update(command(PlacementPatch.empty())))
        .isInstanceOf(PlacementNotFoundException.class);
    assertThatThrownBy(
            () -> service.delete(new DeletePlacementCommand("missing", Optional.empty())))
        .isInstanceOf(PlacementNotFoundException.class);
  }

  @ParameterizedTest
  @EnumSource(ProvisioningStatus.class)
  void deletionFollowsTheTableInEveryStatusReachedThroughTheLifecycle(ProvisioningStatus status) {
    service.create(SamplePlacements.oneCommand("abc", "p", List.of("worker-1")));
    LifecycleWalk.to(lifecycle, "p", status);
    VersionedPlacement before = service.get("p");
    assertThat(before.placement().provisioningStatus()).isEqualTo(status);

    boolean allowed =
        status == ProvisioningStatus.PENDING
            || status == ProvisioningStatus.QUEUED
            || status == ProvisioningStatus.IN_PROGRESS;
    if (allowed) {
      VersionedPlacement deleted =
          service.delete(new DeletePlacementCommand("p", Optional.empty()));
      assertThat(deleted).isEqualTo(before);
      assertThat(repository.find("p")).isEmpty();
      assertThat(events.events())
          .last()
          .isEqualTo(new PlacementEvent(PlacementEvent.Type.DELETED, before));
    } else {
      assertThatThrownBy(() -> service.delete(new DeletePlacementCommand("p", Optional.empty())))
          .isInstanceOfSatisfying(
              DeletionRestrictedException.class, e -> assertThat(e.status()).isEqualTo(status));
      assertThat(service.get("p")).isEqualTo(before);
    }
  }

  private static UpdatePlacementCommand command(PlacementPatch patch) {
    return new UpdatePlacementCommand(SamplePlacements.SEED_NAME, patch, Optional.empty());
  }

  private static PlacementQuery query(
      Optional<String> workspace,
      Optional<ProvisioningStatus> status,
      OptionalInt limit,
      String token) {
    return new PlacementQuery(
        new PlacementFilter(workspace, status), limit, Optional.ofNullable(token));
  }

  private static List<String> names(PlacementPage page) {
    return page.items().stream().map(VersionedPlacement::name).toList();
  }
}

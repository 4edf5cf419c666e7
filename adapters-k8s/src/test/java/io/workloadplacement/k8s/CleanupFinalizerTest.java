package io.workloadplacement.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.dsl.Resource;
import io.workloadplacement.domain.failure.DeletionPendingException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The store keeps a placement that is on its clusters after its deletion, held by its own
 * finalizer, until the controller has cleaned up; to clients it is deleted at once. On the CRUD
 * mock, which like the API server only marks an object with finalizers for deletion.
 */
class CleanupFinalizerTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");

  private final MockApiServer api = MockApiServer.crud();
  private final Fabric8PlacementRepository repository =
      new Fabric8PlacementRepository(api.client(), "ns", ReadRetries.NONE);
  private final FinalizerCleanups cleanups =
      new FinalizerCleanups(api.client(), "ns", ReadRetries.NONE);
  private final Resource<WorkloadPlacementResource> object =
      api.client().resources(WorkloadPlacementResource.class).inNamespace("ns").withName("p");

  @AfterEach
  void stop() {
    api.close();
  }

  private static WorkloadPlacement pending() {
    return new WorkloadPlacement(
        SamplePlacements.oneCommand("abc", "p", List.of("w1")).toSpec(),
        PlacementStatus.pending(T0),
        T0,
        null);
  }

  /** Stores {@code p} moved to {@code status} and answers it as stored. */
  private VersionedPlacement moveTo(ProvisioningStatus status) {
    VersionedPlacement current = repository.find("p").orElseThrow();
    WorkloadPlacement moved =
        current
            .placement()
            .withStatus(current.placement().status().movedTo(status, status.wireName(), T0));
    return repository.replace(moved, current.version());
  }

  private List<String> finalizers() {
    return object.get().getMetadata().getFinalizers();
  }

  @Test
  void theFinalizerIsOnExactlyWhileThePlacementIsOnItsClusters() {
    repository.insert(pending());
    assertThat(finalizers()).isEmpty();
    moveTo(ProvisioningStatus.QUEUED);
    assertThat(finalizers()).isEmpty();
    moveTo(ProvisioningStatus.IN_PROGRESS);
    assertThat(finalizers()).containsExactly(CleanupFinalizer.NAME);
    moveTo(ProvisioningStatus.SUCCESSFUL);
    assertThat(finalizers()).containsExactly(CleanupFinalizer.NAME);
    moveTo(ProvisioningStatus.COMPLETED);
    assertThat(finalizers()).isEmpty();
  }

  @Test
  void anInProgressPlacementIsGoneForClientsAtOnceAndKeptUntilItsCleanupIsDone() {
    repository.insert(pending());
    moveTo(ProvisioningStatus.QUEUED);
    VersionedPlacement inProgress = moveTo(ProvisioningStatus.IN_PROGRESS);

    repository.delete("p", inProgress.version()); // done: no DeletionPendingException

    assertThat(repository.find("p")).isEmpty();
    assertThat(repository.list(PlacementFilter.all(), Optional.empty(), 100)).isEmpty();
    assertThatThrownBy(() -> repository.replace(inProgress.placement(), inProgress.version()))
        .isInstanceOf(PlacementNotFoundException.class);
    assertThat(object.get().getMetadata().getDeletionTimestamp()).isNotNull();
    assertThat(cleanups.awaitingCleanup())
        .singleElement()
        .satisfies(
            gone -> {
              assertThat(gone.name()).isEqualTo("p");
              assertThat(gone.placement().provisioningStatus())
                  .isEqualTo(ProvisioningStatus.IN_PROGRESS);
            });

    cleanups.cleanedUp("p");

    assertThat(object.get()).isNull();
    assertThat(cleanups.awaitingCleanup()).isEmpty();
    cleanups.cleanedUp("p"); // harmless once gone
  }

  @Test
  void aCleanupLeavesALiveObjectOfTheSameNameAlone() {
    // a placement deleted before it was on its clusters, then created again under its name
    repository.insert(pending());
    moveTo(ProvisioningStatus.QUEUED);
    moveTo(ProvisioningStatus.IN_PROGRESS);

    cleanups.cleanedUp("p");

    assertThat(finalizers()).containsExactly(CleanupFinalizer.NAME);
    assertThat(repository.find("p")).isPresent();
  }

  @Test
  void aPendingOrQueuedPlacementIsRemovedAtOnce() {
    repository.insert(pending());
    VersionedPlacement queued = moveTo(ProvisioningStatus.QUEUED);

    repository.delete("p", queued.version());

    assertThat(object.get()).isNull();
    assertThat(cleanups.awaitingCleanup()).isEmpty();
  }

  @Test
  void othersFinalizersBesideItStillMakeTheDeletionPendingNamingOnlyThem() {
    repository.insert(pending());
    moveTo(ProvisioningStatus.QUEUED);
    moveTo(ProvisioningStatus.IN_PROGRESS);
    object.edit(
        r -> {
          List<String> finalizers = new ArrayList<>(r.getMetadata().getFinalizers());
          finalizers.add("backup.example.com/hold");
          r.getMetadata().setFinalizers(finalizers);
          return r;
        });
    VersionedPlacement current = repository.find("p").orElseThrow();

    assertThatThrownBy(() -> repository.delete("p", current.version()))
        .isInstanceOfSatisfying(
            DeletionPendingException.class,
            e -> assertThat(e.finalizers()).containsExactly("backup.example.com/hold"));
    assertThat(cleanups.awaitingCleanup())
        .extracting(VersionedPlacement::name)
        .containsExactly("p");

    cleanups.cleanedUp("p");
    assertThat(finalizers()).containsExactly("backup.example.com/hold");
  }

  @Test
  void theWatchReportsTheDeletionWhenItIsMarkedAndNotAgainWhenTheObjectGoes() {
    KubernetesStore store = new KubernetesStore(api.clientAsTheStoreBuildsIt(), "ns");
    try {
      InformerPlacementWatch watch = store.placementWatch();
      Eventually.await(watch::hasSynced, "the watch has synced");
      RecordedEvents events = new RecordedEvents();
      watch.subscribe(false, events);
      repository.insert(pending());
      moveTo(ProvisioningStatus.QUEUED);
      VersionedPlacement inProgress = moveTo(ProvisioningStatus.IN_PROGRESS);
      assertThat(events.next().type()).isEqualTo(PlacementEvent.Type.ADDED);
      assertThat(events.next().type()).isEqualTo(PlacementEvent.Type.MODIFIED);
      assertThat(events.next().type()).isEqualTo(PlacementEvent.Type.MODIFIED);

      repository.delete("p", inProgress.version());
      PlacementEvent deleted = events.next();
      assertThat(deleted.type()).isEqualTo(PlacementEvent.Type.DELETED);
      assertThat(deleted.placement().placement()).isEqualTo(inProgress.placement());

      cleanups.cleanedUp("p");
      assertThat(object.get()).isNull();
      // the informer sees the removal before the new object: no second DELETED comes first
      repository.insert(pending());
      assertThat(events.next().type()).isEqualTo(PlacementEvent.Type.ADDED);
      assertThat(events.waiting()).isZero();
    } finally {
      store.close();
    }
  }
}

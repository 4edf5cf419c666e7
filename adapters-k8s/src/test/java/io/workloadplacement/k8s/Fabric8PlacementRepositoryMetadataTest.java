package io.workloadplacement.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.workloadplacement.domain.failure.DeletionPendingException;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What others put on a stored placement's metadata survives the repository's writes, and a delete
 * that others' finalizers hold is reported as pending, on the CRUD mock (which, like the API
 * server, only marks an object with finalizers for deletion).
 */
class Fabric8PlacementRepositoryMetadataTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");
  private static final String HOLD = "backup.example.com/hold";

  private final MockApiServer api = MockApiServer.crud();
  private final Fabric8PlacementRepository repository =
      new Fabric8PlacementRepository(api.client(), "ns", ReadRetries.NONE);
  private final Resource<WorkloadPlacementResource> object =
      api.client().resources(WorkloadPlacementResource.class).inNamespace("ns").withName("p");

  @AfterEach
  void stop() {
    api.close();
  }

  private static WorkloadPlacement placement() {
    return new WorkloadPlacement(
        SamplePlacements.oneCommand("abc", "p", List.of("w1")).toSpec(),
        PlacementStatus.pending(T0),
        T0,
        null);
  }

  /**
   * Someone else's labels, annotation, finalizer and owner, as kubectl or a controller adds them.
   */
  private void othersAddTheirMetadata() {
    object.edit(
        r -> {
          r.getMetadata().getLabels().put("team", "gpu-platform");
          r.getMetadata().getAnnotations().put("example.com/note", "keep me");
          r.getMetadata().setFinalizers(List.of(HOLD));
          r.getMetadata()
              .setOwnerReferences(
                  List.of(
                      new OwnerReferenceBuilder()
                          .withApiVersion("v1")
                          .withKind("ConfigMap")
                          .withName("owner")
                          .withUid("0b7c5d3e-0000-4000-8000-000000000001")
                          .build()));
          return r;
        });
  }

  @Test
  void aReplaceKeepsWhatOthersPutOnTheMetadataAndWritesItsOwn() {
    repository.insert(placement());
    othersAddTheirMetadata();
    VersionedPlacement current = repository.find("p").orElseThrow();
    WorkloadPlacement queued =
        placement()
            .withStatus(
                placement()
                    .status()
                    .movedTo(ProvisioningStatus.QUEUED, "admitted", T0.plusSeconds(1)));

    repository.replace(queued, current.version());

    WorkloadPlacementResource stored = object.get();
    assertThat(stored.getMetadata().getLabels())
        .containsEntry("team", "gpu-platform")
        .containsEntry(PlacementLabels.PROVISIONING_STATUS, "Queued")
        .containsEntry(PlacementLabels.WORKSPACE, "abc");
    assertThat(stored.getMetadata().getAnnotations())
        .containsEntry("example.com/note", "keep me")
        .containsKey(PlacementLabels.WRITE_STAMP);
    assertThat(stored.getMetadata().getFinalizers()).containsExactly(HOLD);
    assertThat(stored.getMetadata().getOwnerReferences())
        .singleElement()
        .satisfies(owner -> assertThat(owner.getName()).isEqualTo("owner"));
    assertThat(repository.find("p").orElseThrow().placement()).isEqualTo(queued);
  }

  @Test
  void aDeleteThatOthersFinalizersHoldIsReportedAsPendingNamingThem() {
    repository.insert(placement());
    othersAddTheirMetadata();
    VersionedPlacement current = repository.find("p").orElseThrow();

    assertThatThrownBy(() -> repository.delete("p", current.version()))
        .isInstanceOfSatisfying(
            DeletionPendingException.class,
            e -> {
              assertThat(e.name()).isEqualTo("p");
              assertThat(e.finalizers()).containsExactly(HOLD);
            });
    assertThat(object.get().getMetadata().getDeletionTimestamp()).isNotNull();

    // once the finalizer's owner lets go, the object is gone without a further delete
    object.edit(
        r -> {
          r.getMetadata().setFinalizers(List.of());
          return r;
        });
    assertThat(repository.find("p")).isEmpty();
  }

  @Test
  void aDeleteWithoutFinalizersIsDone() {
    VersionedPlacement created = repository.insert(placement());

    repository.delete("p", created.version());

    assertThat(object.get()).isNull();
  }
}

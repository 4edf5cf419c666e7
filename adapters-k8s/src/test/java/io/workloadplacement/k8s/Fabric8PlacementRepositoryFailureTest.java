package io.workloadplacement.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.workloadplacement.domain.failure.PlacementAlreadyExistsException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.WorkloadPlacement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the API server's answers become domain failures, on a mock server that gives canned answers,
 * and what the repository sends to make its writes conditional.
 */
class Fabric8PlacementRepositoryFailureTest {

  private static final String COLLECTION =
      "/apis/worker.kubeslice.io/v1alpha1/namespaces/ns/workloadplacements";
  private static final String ITEM = COLLECTION + "/p";
  private static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");

  private final MockApiServer api = MockApiServer.expectations();
  private final Fabric8PlacementRepository repository =
      new Fabric8PlacementRepository(api.client(), "ns", ReadRetries.NONE);

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

  private static Status status(int code, String reason, String message) {
    return new StatusBuilder()
        .withStatus("Failure")
        .withCode(code)
        .withReason(reason)
        .withMessage(message)
        .build();
  }

  @Test
  void alreadyExistsOnCreateIsPlacementAlreadyExists() {
    api.server()
        .expect()
        .post()
        .withPath(COLLECTION)
        .andReturn(
            409,
            status(
                409,
                "AlreadyExists",
                "workloadplacements.worker.kubeslice.io \"p\" already exists"))
        .once();

    assertThatThrownBy(() -> repository.insert(placement()))
        .isInstanceOf(PlacementAlreadyExistsException.class);
  }

  /** The object at {@code version}, as a GET answers it; its write stamp is "s". */
  private static WorkloadPlacementResource storedAt(String version) {
    WorkloadPlacementResource stored =
        new PlacementResourceMapper(() -> "s").toResource(placement());
    stored.getMetadata().setResourceVersion(version);
    return stored;
  }

  private void expectStoredAt(String version, int times) {
    api.server().expect().get().withPath(ITEM).andReturn(200, storedAt(version)).times(times);
  }

  @Test
  void conflictOnReplaceIsVersionConflictAndThePutCarriesTheExpectedVersion() throws Exception {
    expectStoredAt("5", 1);
    api.server()
        .expect()
        .put()
        .withPath(ITEM)
        .andReturn(409, status(409, "Conflict", "the object has been modified"))
        .once();

    assertThatThrownBy(() -> repository.replace(placement(), "5"))
        .isInstanceOf(VersionConflictException.class);
    assertThat(api.server().getLastRequest().getUtf8Body()).contains("\"resourceVersion\":\"5\"");
  }

  @Test
  void aReplaceAtAVersionThatIsNoLongerStoredIsVersionConflictWithoutWriting() {
    expectStoredAt("6", 1);

    assertThatThrownBy(() -> repository.replace(placement(), "5"))
        .isInstanceOf(VersionConflictException.class);
    assertThat(api.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aReplaceOfAnObjectThatIsGoneIsPlacementNotFoundWithoutWriting() {
    assertThatThrownBy(() -> repository.replace(placement(), "5"))
        .isInstanceOf(PlacementNotFoundException.class);
    assertThat(api.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void notFoundOnReplaceIsPlacementNotFound() {
    expectStoredAt("5", 1);
    api.server().expect().put().withPath(ITEM).andReturn(404, status(404, "NotFound", "")).once();

    assertThatThrownBy(() -> repository.replace(placement(), "5"))
        .isInstanceOf(PlacementNotFoundException.class);
  }

  @Test
  void deleteSendsTheExpectedVersionAsAPrecondition() throws Exception {
    WorkloadPlacementResource deleted =
        new PlacementResourceMapper(() -> "s").toResource(placement());
    api.server().expect().delete().withPath(ITEM).andReturn(200, deleted).once();

    repository.delete("p", "5");

    // the delete is followed by a read that looks for finalizers holding the object
    RecordedRequest delete = api.server().takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getUtf8Body()).contains("\"preconditions\":{\"resourceVersion\":\"5\"}");
  }

  @Test
  void conflictOnDeleteIsVersionConflict() {
    api.server()
        .expect()
        .delete()
        .withPath(ITEM)
        .andReturn(409, status(409, "Conflict", "Precondition failed"))
        .once();

    assertThatThrownBy(() -> repository.delete("p", "5"))
        .isInstanceOf(VersionConflictException.class);
  }

  @Test
  void notFoundOnDeleteIsPlacementNotFound() {
    api.server()
        .expect()
        .delete()
        .withPath(ITEM)
        .andReturn(404, status(404, "NotFound", ""))
        .once();

    assertThatThrownBy(() -> repository.delete("p", "5"))
        .isInstanceOf(PlacementNotFoundException.class);
  }

  @Test
  void serverErrorsAreStoreUnavailableOnEveryOperation() {
    api.server()
        .expect()
        .get()
        .withPath(ITEM)
        .andReturn(500, status(500, "InternalError", "etcd"))
        .once();
    api.server().expect().get().withPath(COLLECTION).andReturn(503, status(503, "", "")).once();
    api.server().expect().post().withPath(COLLECTION).andReturn(500, status(500, "", "")).once();
    api.server().expect().put().withPath(ITEM).andReturn(504, status(504, "Timeout", "")).once();
    api.server().expect().delete().withPath(ITEM).andReturn(500, status(500, "", "")).once();

    assertThatThrownBy(() -> repository.find("p"))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("HTTP 500");
    assertThatThrownBy(() -> repository.list(PlacementFilter.all(), Optional.empty(), 10))
        .isInstanceOf(StoreUnavailableException.class);
    assertThatThrownBy(() -> repository.insert(placement()))
        .isInstanceOf(StoreUnavailableException.class);
    // the replace reads first, and reads back after the lost answer: a stamp not its own
    expectStoredAt("5", 2);
    assertThatThrownBy(() -> repository.replace(placement(), "5"))
        .isInstanceOf(StoreUnavailableException.class);
    // after the lost answer the object is still there, unmarked: the delete did not land
    expectStoredAt("5", 1);
    assertThatThrownBy(() -> repository.delete("p", "5"))
        .isInstanceOf(StoreUnavailableException.class);
  }

  @Test
  void aStoredResourceThatCannotBeReadIsStoreUnavailable() {
    WorkloadPlacementResource broken =
        new PlacementResourceMapper(() -> "s").toResource(placement());
    broken.getMetadata().setResourceVersion("3");
    broken.getMetadata().getAnnotations().put(PlacementLabels.CREATED_AT, "yesterday");
    api.server().expect().get().withPath(ITEM).andReturn(200, broken).once();

    assertThatThrownBy(() -> repository.find("p"))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("cannot be read");
  }

  @Test
  void anUnreachableServerIsStoreUnavailable() {
    // Port 1 on the loopback address: nothing listens, so the connection is refused at once.
    try (KubernetesClient unreachable =
        new KubernetesClientBuilder()
            .withConfig(
                new ConfigBuilder()
                    .withMasterUrl("http://127.0.0.1:1")
                    .withRequestRetryBackoffLimit(0)
                    .build())
            .build()) {
      Fabric8PlacementRepository cut =
          new Fabric8PlacementRepository(unreachable, "ns", ReadRetries.NONE);

      assertThatThrownBy(() -> cut.find("p"))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageContaining("no response");
    }
  }
}

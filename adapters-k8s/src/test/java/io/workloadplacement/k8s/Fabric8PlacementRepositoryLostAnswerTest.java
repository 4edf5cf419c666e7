package io.workloadplacement.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes are sent once, never retried blindly: a write whose answer was lost is read back and
 * reported by what the store holds (its write stamp), and only reads are retried. The client is
 * built as {@link KubernetesStore} builds its own, from a configuration that asks for retries.
 */
class Fabric8PlacementRepositoryLostAnswerTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");

  private final AnswerLosingDispatcher dispatcher = new AnswerLosingDispatcher();
  private final MockApiServer api = MockApiServer.crud(dispatcher);
  private final KubernetesClient client = api.clientAsTheStoreBuildsIt();
  private final Fabric8PlacementRepository repository =
      new Fabric8PlacementRepository(client, "ns", ReadRetries.IMMEDIATE);

  @BeforeEach
  void countFromHere() {
    // the setup's CRD install is not a request of the repository
    dispatcher.resetCounts();
  }

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  private static WorkloadPlacement placement() {
    return new WorkloadPlacement(
        SamplePlacements.oneCommand("abc", "p", List.of("w1")).toSpec(),
        PlacementStatus.pending(T0),
        T0,
        null);
  }

  @Test
  void aCreateThatLandedButLostItsAnswerIsReportedAsCreatedNotAlreadyExists() {
    dispatcher.loseNextAnswerTo("POST");

    VersionedPlacement created = repository.insert(placement());

    assertThat(created.placement()).isEqualTo(placement());
    assertThat(repository.find("p")).contains(created);
    assertThat(dispatcher.count("POST")).isEqualTo(1);
  }

  @Test
  void aCreateThatDidNotLandIsStoreUnavailableAndNotRetried() {
    dispatcher.failNext("POST");

    assertThatThrownBy(() -> repository.insert(placement()))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("HTTP 503");
    assertThat(repository.find("p")).isEmpty();
    assertThat(dispatcher.count("POST")).isEqualTo(1);
  }

  @Test
  void aReplaceThatLandedButLostItsAnswerIsReportedAsDoneNotAsAConflict() {
    VersionedPlacement created = repository.insert(placement());
    WorkloadPlacement queued =
        placement()
            .withStatus(
                placement()
                    .status()
                    .movedTo(ProvisioningStatus.QUEUED, "admitted", T0.plusSeconds(1)));
    dispatcher.loseNextAnswerTo("PUT");

    VersionedPlacement replaced = repository.replace(queued, created.version());

    assertThat(replaced.placement()).isEqualTo(queued);
    assertThat(replaced.version()).isNotEqualTo(created.version());
    assertThat(repository.find("p")).contains(replaced);
    assertThat(dispatcher.count("PUT")).isEqualTo(1);
  }

  @Test
  void aDeleteThatLandedButLostItsAnswerIsReportedAsDoneNotAsNotFound() {
    VersionedPlacement created = repository.insert(placement());
    dispatcher.loseNextAnswerTo("DELETE");

    repository.delete("p", created.version());

    assertThat(repository.find("p")).isEmpty();
    assertThat(dispatcher.count("DELETE")).isEqualTo(1);
  }

  @Test
  void aDeleteThatDidNotLandIsStoreUnavailableAndTheObjectStays() {
    VersionedPlacement created = repository.insert(placement());
    dispatcher.failNext("DELETE");

    assertThatThrownBy(() -> repository.delete("p", created.version()))
        .isInstanceOf(StoreUnavailableException.class);
    assertThat(repository.find("p")).contains(created);
    assertThat(dispatcher.count("DELETE")).isEqualTo(1);
  }

  @Test
  void readsAreRetried() {
    VersionedPlacement created = repository.insert(placement());
    dispatcher.failNext("GET");

    assertThat(repository.find("p")).contains(created);
    assertThat(dispatcher.count("GET")).isEqualTo(2);
  }
}

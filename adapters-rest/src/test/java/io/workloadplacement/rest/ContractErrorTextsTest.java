package io.workloadplacement.rest;

import static io.workloadplacement.domain.fixtures.SamplePlacements.SEED_NAME;
import static io.workloadplacement.rest.TestServer.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.model.ProvisioningStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every error the contract quotes, to the character, against the vendor page's examples. */
class ContractErrorTextsTest {

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void getOfAnUnknownNameIsTheSeedNotFound() {
    Reply reply = server.get(BASE + "/" + SEED_NAME);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json()).isEqualTo(Json.seedJson("get-not-found.json"));
    JsonNode nested = reply.nestedError();
    assertThat(nested.path("Message").asText())
        .isEqualTo("WorkloadPlacement with name 'bookinfo-workload-template-worker-4-0' not found");
    assertThat(nested.path("DetailedError").path("Errormessage").asText())
        .isEqualTo("resource not found");
    assertThat(nested.path("DetailedError").path("Reason").asText()).isEqualTo("NotFound");
  }

  @Test
  void theSdkGetRouteAnswersTheSameNotFound() {
    assertThat(server.get(BASE + "/get/" + SEED_NAME).json())
        .isEqualTo(Json.seedJson("get-not-found.json"));
  }

  @Test
  void updateAndDeleteOfAnUnknownNameAreTheSameNotFound() {
    assertThat(server.put(BASE + "/" + SEED_NAME, "{\"burstDuration\":\"1h\"}").json())
        .isEqualTo(Json.seedJson("get-not-found.json"));
    assertThat(server.delete(BASE + "/" + SEED_NAME).json())
        .isEqualTo(Json.seedJson("get-not-found.json"));
  }

  @ParameterizedTest
  @EnumSource(
      value = ProvisioningStatus.class,
      names = {"SUCCESSFUL", "COMPLETED", "FAILED"})
  void deletingAFinishedPlacementIsTheSeedDeletionRestricted(ProvisioningStatus status) {
    server.createSeed();
    server.forceStatus(SEED_NAME, status);
    var before = server.stored();

    Reply reply = server.delete(BASE + "/" + SEED_NAME);

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json()).isEqualTo(Json.seedJson("delete-restricted.json"));
    JsonNode detailed = reply.nestedError().path("DetailedError");
    assertThat(reply.nestedError().path("Message").asText()).isEqualTo("Deletion restricted");
    assertThat(detailed.path("Errormessage").asText())
        .isEqualTo("WorkloadPlacement cannot be deleted after completion");
    assertThat(detailed.path("Reason").asText()).isEqualTo("Conflict");
    assertThat(detailed.path("Details").asText()).isEqualTo("Deletion blocked by status phase");
    assertThat(server.stored()).isEqualTo(before);
  }

  @Test
  void changingWorkspaceNameAndNameInProgressIsTheSeedInvalidUpdate() {
    server.createSeed();
    server.forceStatus(SEED_NAME, ProvisioningStatus.IN_PROGRESS);
    var before = server.stored();

    Reply reply =
        server.put(BASE + "/" + SEED_NAME, "{\"workspaceName\":\"xyz\",\"name\":\"renamed\"}");

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json()).isEqualTo(Json.seedJson("update-invalid.json"));
    JsonNode detailed = reply.nestedError().path("DetailedError");
    assertThat(reply.nestedError().path("Message").asText()).isEqualTo("Invalid field update");
    assertThat(detailed.path("Errormessage").asText())
        .isEqualTo("workspaceName and name are immutable fields");
    assertThat(detailed.path("Reason").asText()).isEqualTo("Conflict");
    assertThat(detailed.path("Details").asText()).isEqualTo("Modification restricted");
    assertThat(server.stored()).isEqualTo(before);
  }

  @Test
  void otherRefusedFieldsAreNamedWithTheStatus() {
    server.createSeed();
    server.forceStatus(SEED_NAME, ProvisioningStatus.SUCCESSFUL);

    Reply reply =
        server.put(
            BASE + "/" + SEED_NAME,
            "{\"clusters\":[\"worker-2\"],\"cmdExec\":[{\"name\":\"create-namespace\","
                + "\"cmd\":\"kubectl version\"}],\"steps\":[{\"name\":\"create-namespace\","
                + "\"type\":\"command\"}]}");

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().path("message").asText()).isEqualTo("Field update not allowed");
    assertThat(reply.json().path("error").path("errorKey").asText()).isEqualTo("InvalidUpdate");
    assertThat(reply.json().path("error").path("message").asText())
        .isEqualTo(
            "Cannot update clusters, cmdExec or steps when provisioningStatus is Successful");
    assertThat(reply.nestedError().path("DetailedError").path("Errormessage").asText())
        .isEqualTo(
            "clusters, cmdExec and steps cannot be changed when provisioningStatus is Successful");
  }

  @Test
  void aNameInTheBodyThatDiffersFromThePathIsAnInvalidUpdate() {
    server.createSeed();

    Reply reply = server.put(BASE + "/" + SEED_NAME, "{\"name\":\"other\"}");

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().path("error").path("message").asText())
        .isEqualTo("Cannot update name when provisioningStatus is Pending");
    assertThat(reply.nestedError().path("DetailedError").path("Errormessage").asText())
        .isEqualTo("name is an immutable field");
  }

  @Test
  void aStoreFailureOnListIsTheSeedInternalServerError() {
    server.createSeed();
    server.repository.failWith(() -> new StoreUnavailableException("kubernetes API timeout"));

    Reply reply = server.get(BASE);

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.json()).isEqualTo(Json.seedJson("list-store-failure.json"));
    assertThat(reply.nestedError().path("DetailedError").path("Errormessage").asText())
        .isEqualTo("kubernetes API timeout");
  }

  @Test
  void aStoreFailureElsewhereIsServiceUnavailable() {
    server.repository.failWith(() -> new StoreUnavailableException("kubernetes API timeout"));

    Reply reply = server.get(BASE + "/" + SEED_NAME);

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.json().path("statusCode").asInt()).isEqualTo(503);
    assertThat(reply.json().path("message").asText()).isEqualTo("Service Unavailable");
    assertThat(reply.nestedError().path("DetailedError").path("Errormessage").asText())
        .isEqualTo("kubernetes API timeout");
  }

  @Test
  void deletingAPendingPlacementIsTheSeedSuccess() {
    server.createSeed();

    Reply reply = server.delete(BASE + "/" + SEED_NAME);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json()).isEqualTo(Json.seedJson("delete-success.json"));
    assertThat(server.stored()).isEmpty();
  }
}

package io.workloadplacement.rest;

import static io.workloadplacement.rest.TestServer.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The vendor page's create example, sent as is, answered as the page shows. */
class SeedExampleTest {

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theSeedRequestGetsTheSeedSuccessResponse() {
    Reply reply = server.createSeed();

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    assertThat(reply.json()).isEqualTo(Json.seedJson("create-success.json"));
    assertThat(reply.header("ETag")).isNotBlank();
    assertThat(server.stored())
        .singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo(SamplePlacements.SEED_NAME));
  }

  @Test
  void theSeedRequestSentTwiceGetsTheSeedConflictWithEveryNestedField() {
    server.createSeed();
    var before = server.stored();

    Reply reply = server.createSeed();

    assertThat(reply.status()).isEqualTo(409);
    // the whole envelope, error.data compared as the exact string the page shows
    assertThat(reply.json()).isEqualTo(Json.seedJson("create-conflict.json"));
    JsonNode nested = reply.nestedError();
    assertThat(nested.path("Message").asText()).isEqualTo("Error registering WorkloadPlacement");
    assertThat(nested.path("Status").asInt()).isEqualTo(409);
    assertThat(nested.path("StatusCode").asInt()).isEqualTo(409);
    assertThat(nested.path("DetailedError").path("Errormessage").asText())
        .isEqualTo(
            "workloadplacements.worker.kubeslice.io \"bookinfo-workload-template-worker-4-0\""
                + " already exists");
    assertThat(nested.path("DetailedError").path("Reason").asText()).isEqualTo("AlreadyExists");
    assertThat(nested.path("DetailedError").path("Details").asText()).isEmpty();
    assertThat(nested.path("ReferenceDocumentation").asText())
        .isEqualTo("https://docs.avesha.io/documentation/enterprise-egs");
    assertThat(server.stored()).isEqualTo(before);
  }

  @Test
  void getShowsTheSeedAsStoredWithoutSecretRefAndWithItsStatus() {
    String etag = server.createSeed().header("ETag");

    Reply reply = server.get(BASE + "/" + SamplePlacements.SEED_NAME);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("ETag")).isEqualTo(etag);
    assertThat(reply.json().path("message").asText()).isEqualTo("Success");
    assertThat(reply.json().has("error")).isFalse();
    assertThat(reply.json().path("data")).isEqualTo(Json.read(EXPECTED_GET_DATA));
  }

  @Test
  void theSdkGetRouteShowsTheSameAsGet() {
    server.createSeed();

    Reply sdk = server.get(BASE + "/get/" + SamplePlacements.SEED_NAME);

    assertThat(sdk.status()).isEqualTo(200);
    assertThat(sdk.json()).isEqualTo(server.get(BASE + "/" + SamplePlacements.SEED_NAME).json());
  }

  @Test
  void listShowsTheSeedWithoutManifestData() {
    server.createSeed();

    Reply reply = server.get(BASE);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("message").asText()).isEqualTo("Success");
    assertThat(reply.json().has("metadata")).isFalse();
    JsonNode item = reply.json().path("data").path(0);
    JsonNode expected = Json.read(EXPECTED_GET_DATA);
    ((com.fasterxml.jackson.databind.node.ObjectNode) expected.path("manifestResources").path(0))
        .remove("data");
    assertThat(item).isEqualTo(expected);
    assertThat(reply.json().path("data").size()).isEqualTo(1);
  }

  private static final String EXPECTED_GET_DATA =
      """
      {
        "name": "bookinfo-workload-template-worker-4-0",
        "workspaceName": "abc",
        "clusters": ["worker-1"],
        "clusterNames": ["worker-1"],
        "burstDuration": "15m",
        "deletionPolicy": "Delete",
        "helmConfigs": [
          {
            "chart": "vaidio/cuda",
            "releaseName": "cuda",
            "releaseNamespace": "bookinfo",
            "repoName": "vaidio",
            "repoURL": "https://smartscaler.nexus.aveshalabs.io/repository/vaidio/",
            "values": { "replicaCount": 2 }
          }
        ],
        "manifestResources": [
          {
            "name": "sample-configmap",
            "namespace": "bookinfo",
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "data": {
              "database.properties": "host=localhost\\nport=5432\\ndatabase=myapp",
              "ui.properties": "color=purple\\ntheme=dark\\nlanguage=en"
            }
          }
        ],
        "cmdExec": [
          { "name": "create-namespace", "cmd": "kubectl get pods -n bookinfo" }
        ],
        "steps": [
          { "name": "create-namespace", "type": "command" },
          { "name": "cuda", "type": "helm" },
          { "name": "sample-configmap", "type": "manifest" }
        ],
        "status": {
          "provisioningStatus": "Pending",
          "phase": "Pending",
          "message": "Workload placement accepted, waiting for admission",
          "conditions": [],
          "observedClusterNames": [],
          "lastUpdated": "2025-10-30T08:39:52Z"
        },
        "createdAt": "2025-10-30T08:39:52Z"
      }
      """;
}

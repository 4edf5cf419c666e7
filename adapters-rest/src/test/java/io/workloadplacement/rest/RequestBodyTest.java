package io.workloadplacement.rest;

import static io.workloadplacement.domain.fixtures.SamplePlacements.SEED_NAME;
import static io.workloadplacement.rest.TestServer.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.ProvisioningStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How bodies are read: unknown fields, the SDK's aliases, the CRD's flags, merges and no-ops. */
class RequestBodyTest {

  private static final String SEED_PATH = BASE + "/" + SEED_NAME;

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void unknownFieldsAreIgnoredWithOneWarningEach() {
    String body =
        Json.seed("create-request.json")
            .replace("\"burstDuration\": \"15m\",", "\"burstDuration\": \"15m\", \"colour\": 1,")
            .replace("\"chart\": \"vaidio/cuda\",", "\"chart\": \"vaidio/cuda\", \"extra\": {},");

    Reply reply = server.post(BASE, body);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headerValues("Warning"))
        .containsExactlyInAnyOrder(
            "299 - \"unknown field \\\"colour\\\"\"",
            "299 - \"unknown field \\\"helmConfigs[0].extra\\\"\"");
    assertThat(server.get(SEED_PATH).body()).doesNotContain("colour").doesNotContain("extra");
  }

  @Test
  void fieldValidationIgnoreDropsTheWarnings() {
    Reply reply =
        server.post(
            BASE + "?fieldValidation=Ignore",
            Json.seed("create-request.json").replaceFirst("\\{", "{\"colour\": 1,"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.headerValues("Warning")).isEmpty();
  }

  @Test
  void theSeedFullUpdateAppliesAndItsNamespaceIsIgnoredSilently() {
    server.createSeed();

    Reply reply = server.put(SEED_PATH, Json.seed("update-request.json"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().path("message").asText())
        .isEqualTo("Workload Placement updated successfully");
    assertThat(reply.json().path("data").path("name").asText()).isEqualTo(SEED_NAME);
    assertThat(reply.headerValues("Warning")).isEmpty();
    JsonNode data = server.get(SEED_PATH).json().path("data");
    assertThat(data.path("clusters").toString()).isEqualTo("[\"worker-1\",\"worker-2\"]");
    assertThat(data.path("burstDuration").asText()).isEqualTo("20m");
    assertThat(data.path("helmConfigs").path(0).path("values").path("replicaCount").asInt())
        .isEqualTo(3);
    assertThat(data.path("updatedAt").asText()).isEqualTo("2025-10-30T08:39:52Z");
    // the write-only secretRef survives an update that could not send it back
    assertThat(server.stored().get(0).placement().spec().helmConfigs())
        .extracting(HelmConfig::secretRef)
        .containsExactly("vaidio-secret");
  }

  @Test
  void theSeedLimitedUpdateIsAllowedInProgress() {
    server.createSeed();
    server.forceStatus(SEED_NAME, ProvisioningStatus.IN_PROGRESS);

    Reply reply = server.put(SEED_PATH, Json.seed("update-limited-request.json"));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode data = server.get(SEED_PATH).json().path("data");
    assertThat(data.path("burstDuration").asText()).isEqualTo("30m");
    assertThat(data.path("deletionPolicy").asText()).isEqualTo("Retain");
  }

  @Test
  void namespaceOnCreateIsAnUnknownField() {
    Reply reply =
        server.post(
            BASE, Json.seed("create-request.json").replaceFirst("\\{", "{\"namespace\": \"x\","));

    assertThat(reply.headerValues("Warning"))
        .containsExactly("299 - \"unknown field \\\"namespace\\\"\"");
  }

  @Test
  void readOnlyFieldsSentBackFromGetAreIgnoredSilently() {
    server.createSeed();
    String asRead = server.get(SEED_PATH).json().path("data").toString();

    Reply reply = server.put(SEED_PATH, asRead);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.headerValues("Warning")).isEmpty();
    // a round trip changes nothing: same version
    assertThat(reply.header("ETag")).isEqualTo(server.get(SEED_PATH).header("ETag"));
    assertThat(server.stored().get(0).placement().updatedAt()).isNull();
  }

  @Test
  void anEmptyUpdateBodyIsANoOp() {
    server.createSeed();
    var before = server.stored();

    Reply empty = server.put(SEED_PATH, "");
    Reply emptyObject = server.put(SEED_PATH, "{}");

    assertThat(empty.status()).isEqualTo(200);
    assertThat(emptyObject.status()).isEqualTo(200);
    assertThat(empty.json().path("message").asText())
        .isEqualTo("Workload Placement updated successfully");
    assertThat(server.stored()).isEqualTo(before);
  }

  @Test
  void theSdkAliasesAreAccepted() {
    String body =
        Json.seed("create-request.json")
            .replace("\"clusters\":", "\"clusterNames\":")
            .replace(
                "\"secretRef\": \"vaidio-secret\"", "\"secretRef\": {\"name\": \"sdk-secret\"}");

    Reply reply = server.post(BASE, body);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.headerValues("Warning")).isEmpty();
    var spec = server.stored().get(0).placement().spec();
    assertThat(spec.clusters()).containsExactly("worker-1");
    assertThat(spec.helmConfigs().get(0).secretRef()).isEqualTo("sdk-secret");
    assertThat(server.get(SEED_PATH).body()).doesNotContain("secret");
  }

  @Test
  void clustersAndClusterNamesThatAgreeAreAccepted() {
    String body =
        Json.seed("create-request.json")
            .replace("\"clusters\":", "\"clusterNames\": [\"worker-1\"], \"clusters\":");

    assertThat(server.post(BASE, body).status()).isEqualTo(200);
    assertThat(server.stored().get(0).placement().spec().clusters()).containsExactly("worker-1");
  }

  @Test
  void clustersAndClusterNamesTogetherAreRefusedWhenTheyDiffer() {
    // the same list twice is what GET shows (contract section 7), so a client may send it back
    String body =
        Json.seed("create-request.json")
            .replace("\"clusters\":", "\"clusterNames\": [\"worker-2\"], \"clusters\":");

    Reply reply = server.post(BASE, body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("error").path("fields").findValuesAsText("field"))
        .containsExactly("clusterNames");
    assertThat(server.stored()).isEmpty();
  }

  @Test
  void helmFlagsTravelWithTheCrdsWaitSpelling() {
    String flags =
        "\"helmFlags\": {\"atomic\": true, \"wait\": true, \"timeout\": \"5m\"},"
            + " \"name\": \"cuda-step\", \"version\": \"1.2.3\",";
    String body =
        Json.seed("create-request.json")
            .replace("\"chart\": \"vaidio/cuda\",", "\"chart\": \"vaidio/cuda\", " + flags)
            .replace(
                "{ \"name\": \"cuda\", \"type\": \"helm\" }",
                "{ \"name\": \"cuda-step\", \"type\": \"helm\" }");

    Reply reply = server.post(BASE, body);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(
            server.stored().get(0).placement().spec().helmConfigs().get(0).helmFlags().waitReady())
        .isTrue();
    JsonNode helm = server.get(SEED_PATH).json().path("data").path("helmConfigs").path(0);
    assertThat(helm.path("helmFlags").toString())
        .isEqualTo("{\"atomic\":true,\"wait\":true,\"timeout\":\"5m\"}");
    assertThat(helm.path("name").asText()).isEqualTo("cuda-step");
    assertThat(helm.path("version").asText()).isEqualTo("1.2.3");
  }

  @Test
  void etagAndIfMatchGuardUpdates() {
    String etag = server.createSeed().header("ETag");

    Reply first = server.put(SEED_PATH, "{\"burstDuration\":\"1h\"}", "If-Match", etag);
    Reply stale = server.put(SEED_PATH, "{\"burstDuration\":\"2h\"}", "If-Match", etag);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("ETag")).isNotEqualTo(etag);
    assertThat(stale.status()).isEqualTo(412);
    Reply delete = server.delete(SEED_PATH, "If-Match", first.header("ETag"));
    assertThat(delete.status()).isEqualTo(200);
  }
}

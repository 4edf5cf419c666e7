package io.workloadplacement.simulator.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.rest.auth.ApiKey;
import io.workloadplacement.rest.auth.AuthSettings;
import io.workloadplacement.simulator.sdk.VendorSdk.Answer;
import io.workloadplacement.simulator.sdk.VendorSdk.SdkRaised;
import io.workloadplacement.simulator.server.HttpSim;
import io.workloadplacement.simulator.server.Json;
import io.workloadplacement.simulator.server.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The vendor's Python SDK (egs-sdk) works unchanged against the simulator server started with an
 * Owner key: each test sends the requests its workload-placement functions send, byte for byte
 * (paths with and without trailing slash, sorted-key JSON, a token exchanged before every call),
 * and reads the answers as the SDK reads them ({@link VendorSdk}, {@link SdkResponseModels}).
 */
class VendorSdkCompatibilityTest {

  private static final String KEY = "sdk-owner-key";
  private static final String EXPIRED_KEY = "sdk-expired-key";
  private static final String API = "/api/v1/workload-placement";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The SDK documentation's two-document manifest, as {@code yaml.safe_load_all} reads it. */
  private static final String DEPLOYMENT =
      """
      {"apiVersion": "apps/v1", "kind": "Deployment",
       "metadata": {"name": "custom-inference"},
       "spec": {"replicas": 1,
                "selector": {"matchLabels": {"app": "custom-inference"}},
                "template": {"metadata": {"labels": {"app": "custom-inference"}},
                             "spec": {"containers": [{"name": "server",
                                                      "image": "mycompany/my-model-server:v1",
                                                      "ports": [{"containerPort": 8000}]}]}}}}
      """;

  private static final String SERVICE =
      """
      {"apiVersion": "v1", "kind": "Service",
       "metadata": {"name": "custom-inference"},
       "spec": {"selector": {"app": "custom-inference"},
                "ports": [{"port": 80, "targetPort": 8000}]}}
      """;

  private final HttpSim sim =
      HttpSim.withAuth(
          AuthSettings.of(
              List.of(
                  ApiKey.owner(KEY),
                  ApiKey.owner(EXPIRED_KEY).expiringAt(Instant.parse("2025-01-01T00:00:00Z")))));
  private final VendorSdk sdk = new VendorSdk(sim, KEY);

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void theTokenExchangeAnswersOnlyTheTokenAndTellsTheExpiryInAHeader() {
    Reply reply = sim.post("/api/v1/auth", "{\"apiKey\": \"" + KEY + "\"}");

    assertThat(reply.status()).isEqualTo(200);
    List<String> keys = new ArrayList<>();
    reply.data().fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("token");
    assertThat(Instant.parse(reply.header("X-Token-Expires-At"))).isAfter(Instant.now());
    assertThat(sdk.exchangeApiKeyForAccessToken()).isNotBlank();
  }

  @Test
  void anUnknownKeyIsApiKeyNotFound() {
    VendorSdk stranger = new VendorSdk(sim, "not-a-key");

    assertThatThrownBy(stranger::exchangeApiKeyForAccessToken)
        .isInstanceOfSatisfying(
            SdkRaised.class, e -> assertThat(e.exception()).isEqualTo("ApiKeyNotFound"));
  }

  @Test
  void createFromATwoDocumentManifestThenGetListByWorkspaceAndDelete() {
    Answer created =
        sdk.call(API + "/", "POST", manifestCreate("custom-inference", "team-a", "worker-1"));

    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(created.data().path("name").asText()).isEqualTo("custom-inference");

    JsonNode got = sdk.call(API + "/get/custom-inference", "GET", null).data();
    assertThat(SdkResponseModels.placementProblems(got)).isEmpty();
    assertThat(got.path("clusterNames")).isEqualTo(array("worker-1"));
    assertThat(got.path("deletionPolicy").asText()).isEqualTo("Delete");
    assertThat(got.has("burstDuration")).isFalse();
    assertThat(got.path("manifestResources"))
        .isEqualTo(
            Json.read(
                "[{\"name\": \"custom-inference\", \"manifest\": "
                    + DEPLOYMENT
                    + "}, {\"name\": \"custom-inference-service\", \"manifest\": "
                    + SERVICE
                    + "}]"));
    assertThat(got.path("steps"))
        .isEqualTo(
            Json.read(
                "[{\"name\": \"custom-inference\", \"type\": \"manifest\"},"
                    + " {\"name\": \"custom-inference-service\", \"type\": \"manifest\"}]"));
    assertThat(got.path("status").path("provisioningStatus").asText()).isEqualTo("Pending");

    sdk.call(API + "/", "POST", manifestCreate("other-workload", "team-b", "worker-2"));
    JsonNode all = sdk.call(API + "/", "GET", null).data();
    assertThat(SdkResponseModels.listProblems(all)).isEmpty();
    assertThat(names(all)).containsExactly("custom-inference", "other-workload");
    JsonNode listed = all.get(0).path("manifestResources").get(0).path("manifest");
    // a LIST keeps what identifies each object and trims the rest, as v1.15's LIST omits data
    assertThat(listed)
        .isEqualTo(
            Json.read(
                "{\"apiVersion\": \"apps/v1\", \"kind\": \"Deployment\","
                    + " \"metadata\": {\"name\": \"custom-inference\"}}"));

    JsonNode teamA = sdk.call(API + "/workspace/team-a", "GET", null).data();
    assertThat(SdkResponseModels.listProblems(teamA)).isEmpty();
    assertThat(names(teamA)).containsExactly("custom-inference");

    Answer deleted = sdk.call(API + "/custom-inference", "DELETE", null);
    assertThat(deleted.statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> sdk.call(API + "/get/custom-inference", "GET", null))
        .isInstanceOfSatisfying(
            SdkRaised.class, e -> assertThat(e.exception()).isEqualTo("ResourceNotFound"));
  }

  @Test
  void typedCreateWithHelmDetailsAndGprDetailsThenUpdateHelmConfigsEnableEgsAndDelete() {
    Answer created = sdk.call(API, "POST", typedCreate("llm-serving"));

    assertThat(created.data().path("name").asText()).isEqualTo("llm-serving");
    JsonNode got = sdk.call(API + "/get/llm-serving", "GET", null).data();
    assertThat(SdkResponseModels.placementProblems(got)).isEmpty();
    assertThat(got.path("clusterNames")).isEqualTo(array("worker-1"));
    assertThat(got.path("gprDetails")).isEqualTo(gprDetails());
    assertThat(got.path("numPlacements").asInt()).isEqualTo(1);
    assertThat(got.path("enableBurst").asBoolean()).isTrue();
    assertThat(got.path("deletionPolicy").asText()).isEqualTo("Retain");
    JsonNode helm = got.path("helmConfigs").get(0);
    assertThat(helm.path("name").asText()).isEqualTo("cuda");
    assertThat(helm.path("version").asText()).isEqualTo("1.2.3");
    assertThat(helm.path("helmFlags")).isEqualTo(helmFlags());
    assertThat(helm.has("secretRef")).isFalse();
    assertThat(got.path("enableEGS").asBoolean(false)).isFalse();

    ObjectNode update = JSON.objectNode();
    update.put("name", "llm-serving");
    update.putArray("helmConfigs").add(helmConfig("1.2.4", 3));
    Answer updated = sdk.call(API + "/llm-serving", "PUT", update);
    assertThat(updated.statusCode()).isEqualTo(200);
    JsonNode afterUpdate = sdk.call(API + "/get/llm-serving", "GET", null).data();
    assertThat(afterUpdate.path("helmConfigs").get(0).path("version").asText()).isEqualTo("1.2.4");
    assertThat(afterUpdate.path("helmConfigs").get(0).path("values").path("replicaCount").asInt())
        .isEqualTo(3);

    Answer enabled =
        sdk.call(API + "/llm-serving/enable-egs", "PUT", JSON.objectNode().put("enableEGS", true));
    assertThat(enabled.statusCode()).isEqualTo(200);
    assertThat(enabled.reply().json().path("message").asText())
        .isEqualTo("Workload Placement updated successfully");
    JsonNode afterEnable = sdk.call(API + "/get/llm-serving", "GET", null).data();
    assertThat(afterEnable.path("enableEGS").asBoolean()).isTrue();
    assertThat(afterEnable.path("helmConfigs").get(0).path("version").asText()).isEqualTo("1.2.4");

    JsonNode listed = sdk.call(API, "GET", null).data();
    assertThat(SdkResponseModels.listProblems(listed)).isEmpty();
    assertThat(names(listed)).containsExactly("llm-serving");
    JsonNode byWorkspace = sdk.call(API + "/workspace/team-a", "GET", null).data();
    assertThat(names(byWorkspace)).containsExactly("llm-serving");

    sdk.call(API + "/llm-serving", "DELETE", null);
    assertThatThrownBy(() -> sdk.call(API + "/get/llm-serving", "GET", null))
        .isInstanceOfSatisfying(
            SdkRaised.class, e -> assertThat(e.exception()).isEqualTo("ResourceNotFound"));
  }

  @Test
  void aPlacementThatRanStillReadsAsTheSdkReadsIt() {
    sdk.call(API + "/", "POST", manifestCreate("custom-inference", "team-a", "worker-1"));
    sdk.call(API, "POST", typedCreate("llm-serving"));

    sim.advance("10m");

    JsonNode manifest = sdk.call(API + "/get/custom-inference", "GET", null).data();
    assertThat(SdkResponseModels.placementProblems(manifest)).isEmpty();
    // no burstDuration: the burst has no timed end
    assertThat(manifest.path("status").path("provisioningStatus").asText()).isEqualTo("Successful");
    assertThat(manifest.path("status").path("observedClusterNames")).isEqualTo(array("worker-1"));
    JsonNode typed = sdk.call(API + "/get/llm-serving", "GET", null).data();
    assertThat(SdkResponseModels.placementProblems(typed)).isEmpty();
    JsonNode decision = typed.path("status").path("clusterPlacementDecisions").get(0);
    assertThat(decision.path("gprStatus").path("gprName").asText())
        .isEqualTo("llm-serving-worker-1");
    assertThat(SdkResponseModels.listProblems(sdk.call(API, "GET", null).data())).isEmpty();
  }

  @Test
  void anExpiredKeyIsApiKeyExpired() {
    VendorSdk late = new VendorSdk(sim, EXPIRED_KEY);

    assertThatThrownBy(late::exchangeApiKeyForAccessToken)
        .isInstanceOfSatisfying(
            SdkRaised.class,
            e -> {
              assertThat(e.exception()).isEqualTo("ApiKeyExpired");
              assertThat(e.reply().status()).isEqualTo(401);
            });
  }

  @Test
  void aPlacementThatIsNotThereIsResourceNotFound() {
    assertThatThrownBy(() -> sdk.call(API + "/get/nobody", "GET", null))
        .isInstanceOfSatisfying(
            SdkRaised.class,
            e -> {
              assertThat(e.exception()).isEqualTo("ResourceNotFound");
              assertThat(e.reply().status()).isEqualTo(404);
            });
  }

  /**
   * What {@code create_workload_placement_from_manifest(workspace, name, [cluster], manifest)}
   * sends for the two documents: a step per document, named by metadata.name, the second by {@code
   * <name>-<kind>} since both share one name.
   */
  private static ObjectNode manifestCreate(String name, String workspace, String cluster) {
    ObjectNode body = JSON.objectNode();
    body.put("workspaceName", workspace);
    body.put("name", name);
    body.set("clusterNames", array(cluster));
    ArrayNode steps = body.putArray("steps");
    steps.addObject().put("name", "custom-inference").put("type", "manifest");
    steps.addObject().put("name", "custom-inference-service").put("type", "manifest");
    ArrayNode resources = body.putArray("manifestResources");
    resources.addObject().put("name", "custom-inference").set("manifest", Json.read(DEPLOYMENT));
    resources
        .addObject()
        .put("name", "custom-inference-service")
        .set("manifest", Json.read(SERVICE));
    return body;
  }

  /** What the typed client's {@code create(CreateWorkloadPlacementRequest(...))} sends. */
  private static ObjectNode typedCreate(String name) {
    ObjectNode body = JSON.objectNode();
    body.put("workspaceName", "team-a");
    body.put("name", name);
    body.set("clusterNames", array("worker-1"));
    body.putArray("steps").addObject().put("name", "cuda").put("type", "helm");
    body.put("numPlacements", 1);
    body.put("burstDuration", "2h");
    body.put("deletionPolicy", "Retain");
    body.putArray("helmConfigs").add(helmConfig("1.2.3", 2));
    body.set("gprDetails", gprDetails());
    body.put("enableBurst", true);
    return body;
  }

  private static ObjectNode helmConfig(String version, int replicas) {
    ObjectNode helm = JSON.objectNode();
    helm.put("name", "cuda");
    helm.put("chart", "vaidio/cuda");
    helm.put("releaseName", "cuda");
    helm.put("releaseNamespace", "bookinfo");
    helm.put("repoName", "vaidio");
    helm.put("repoURL", "https://smartscaler.nexus.aveshalabs.io/repository/vaidio/");
    helm.putObject("secretRef").put("name", "vaidio-secret");
    helm.putObject("values").put("replicaCount", replicas);
    helm.put("version", version);
    helm.set("helmFlags", helmFlags());
    return helm;
  }

  private static ObjectNode helmFlags() {
    return JSON.objectNode().put("createNamespace", true).put("wait", true).put("timeout", "5m");
  }

  private static ObjectNode gprDetails() {
    return JSON.objectNode()
        .put("memoryPerGpu", 15)
        .put("enableAutoGpuSelection", false)
        .put("numberOfGPUs", 1)
        .put("numberOfGPUNodes", 1)
        .put("instanceType", "n1-standard-8")
        .put("gpuShape", "Tesla-T4")
        .put("exitDuration", "2h")
        .put("priority", 201);
  }

  private static ArrayNode array(String... values) {
    ArrayNode array = JSON.arrayNode();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }

  private static List<String> names(JsonNode items) {
    List<String> names = new ArrayList<>();
    items.forEach(item -> names.add(item.path("name").asText()));
    return names;
  }
}

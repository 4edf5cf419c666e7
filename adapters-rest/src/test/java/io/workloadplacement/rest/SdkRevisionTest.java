package io.workloadplacement.rest;

import static io.workloadplacement.rest.TestServer.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.service.PlacementLifecycleService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The current vendor API beside v1.15, as the SDK speaks it (contract section 7). */
class SdkRevisionTest {

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private static final String DEPLOYMENT =
      """
      {"apiVersion": "apps/v1", "kind": "Deployment",
       "metadata": {"name": "web", "namespace": "shop", "labels": {"app": "web"}},
       "spec": {"replicas": 2}}""";

  /** The SDK's create from a manifest: clusterNames, whole objects, no burst nor policy. */
  private static final String SDK_CREATE =
      """
      {"clusterNames": ["worker-1"], "manifestResources": [
         {"manifest": %s, "name": "web"},
         {"manifest": {"apiVersion": "v1", "kind": "Service",
                       "metadata": {"name": "web-svc"}, "spec": {"ports": [{"port": 80}]}},
          "name": "web-svc"}],
       "name": "sdk-1", "steps": [{"name": "web", "type": "manifest"},
                                  {"name": "web-svc", "type": "manifest"}],
       "workspaceName": "abc"}"""
          .formatted(DEPLOYMENT);

  private static final String GPR =
      """
      {"memoryPerGpu": 40, "enableAutoGpuSelection": false, "numberOfGPUs": 2,
       "numberOfGPUNodes": 2, "instanceType": "a2-highgpu-2g", "gpuShape": "A100",
       "exitDuration": "1d2h30m", "priority": 5}""";

  private static final String TYPED_CREATE =
      """
      {"workspaceName": "abc", "name": "typed-1", "clusterNames": ["worker-1", "worker-2"],
       "helmConfigs": [{"name": "cuda-step", "chart": "vaidio/cuda", "version": "1.4.0",
         "releaseName": "cuda", "releaseNamespace": "bookinfo", "repoName": "vaidio",
         "repoURL": "https://charts.example.com/vaidio", "secretRef": {"name": "pull-secret"},
         "helmFlags": {"atomic": true, "wait": true, "timeout": "5m"}}],
       "manifestResources": [
         {"name": "cfg", "namespace": "bookinfo", "apiVersion": "v1", "kind": "ConfigMap",
          "data": {"k": "v"}},
         {"name": "web", "manifest": %s}],
       "steps": [{"name": "cuda-step", "type": "helm"}, {"name": "cfg", "type": "manifest"},
                 {"name": "web", "type": "manifest"}],
       "numPlacements": 2, "workloadTemplateName": "bookinfo-template",
       "serviceAccountName": "bookinfo-sa", "enableBurst": true, "enableEGS": false,
       "gprDetails": %s}"""
          .formatted(DEPLOYMENT, GPR);

  private static List<String> keysOf(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void theSdksCreateFromManifestIsAcceptedAtTheTrailingSlashPathWithTheDefaults() {
    Reply created = server.post(BASE + "/", SDK_CREATE);

    assertThat(created.status()).isEqualTo(200);
    assertThat(keysOf(created.json())).containsExactly("statusCode", "status", "message", "data");
    assertThat(created.json().path("data").path("name").asText()).isEqualTo("sdk-1");

    JsonNode data = server.get(BASE + "/get/sdk-1/").json().path("data");
    assertThat(data.path("clusters")).isEqualTo(Json.read("[\"worker-1\"]"));
    assertThat(data.path("clusterNames")).isEqualTo(Json.read("[\"worker-1\"]"));
    assertThat(data.path("deletionPolicy").asText()).isEqualTo("Delete");
    assertThat(data.has("burstDuration")).isFalse();
    assertThat(data.path("manifestResources").path(0))
        .isEqualTo(Json.read("{\"name\": \"web\", \"manifest\": " + DEPLOYMENT + "}"));
    assertThat(data.path("status").path("observedClusterNames")).isEqualTo(Json.read("[]"));
  }

  @Test
  void bothManifestShapesAreEchoedAsSentAndListKeepsOnlyTheHeadOfAWholeObject() {
    assertThat(server.post(BASE, TYPED_CREATE).status()).isEqualTo(200);

    JsonNode got = server.get(BASE + "/typed-1").json().path("data");
    assertThat(got.path("manifestResources"))
        .isEqualTo(
            Json.read(
                """
                [{"name": "cfg", "namespace": "bookinfo", "apiVersion": "v1",
                  "kind": "ConfigMap", "data": {"k": "v"}},
                 {"name": "web", "manifest": %s}]"""
                    .formatted(DEPLOYMENT)));

    JsonNode listed = server.get(BASE + "/workspace/abc/").json().path("data").path(0);
    assertThat(listed.path("manifestResources"))
        .isEqualTo(
            Json.read(
                """
                [{"name": "cfg", "namespace": "bookinfo", "apiVersion": "v1",
                  "kind": "ConfigMap"},
                 {"name": "web", "manifest": {"apiVersion": "apps/v1", "kind": "Deployment",
                   "metadata": {"name": "web", "namespace": "shop", "labels": {"app": "web"}}}}]"""));
  }

  @Test
  void theNewFieldsAreStoredAndShownAndSecretRefStaysHidden() {
    assertThat(server.post(BASE, TYPED_CREATE).status()).isEqualTo(200);

    JsonNode data = server.get(BASE + "/typed-1").json().path("data");

    assertThat(data.path("clusterNames")).isEqualTo(data.path("clusters"));
    assertThat(data.path("numPlacements").asInt()).isEqualTo(2);
    assertThat(data.path("workloadTemplateName").asText()).isEqualTo("bookinfo-template");
    assertThat(data.path("serviceAccountName").asText()).isEqualTo("bookinfo-sa");
    assertThat(data.path("enableBurst").asBoolean()).isTrue();
    assertThat(data.path("enableEGS").isBoolean()).isTrue();
    assertThat(data.path("enableEGS").asBoolean()).isFalse();
    assertThat(data.path("gprDetails")).isEqualTo(Json.read(GPR));
    assertThat(data.path("helmConfigs").path(0).path("version").asText()).isEqualTo("1.4.0");
    assertThat(data.path("helmConfigs").path(0).has("secretRef")).isFalse();
    assertThat(data.path("helmConfigs").path(0).path("helmFlags"))
        .isEqualTo(Json.read("{\"atomic\": true, \"wait\": true, \"timeout\": \"5m\"}"));
  }

  @Test
  void eachDecisionCarriesTheGprStatusOfItsCluster() {
    server.post(BASE, TYPED_CREATE);
    PlacementLifecycleService lifecycle =
        new PlacementLifecycleService(
            server.repository, PlacementEventPublisher.none(), server.clock);
    lifecycle.admit("typed-1");
    lifecycle.startProvisioning("typed-1");

    JsonNode status = server.get(BASE + "/typed-1").json().path("data").path("status");

    assertThat(status.path("observedClusterNames"))
        .isEqualTo(Json.read("[\"worker-1\", \"worker-2\"]"));
    assertThat(status.path("clusterPlacementDecisions").path(1).path("gprStatus"))
        .isEqualTo(
            Json.read(
                """
                {"gprName": "typed-1-worker-2", "provisioningStatus": "Provisioned",
                 "numberOfGPUNodes": 2, "memoryPerGpu": 40, "gpuShape": "A100",
                 "instanceType": "a2-highgpu-2g", "startTime": "2025-10-30T08:39:52Z"}"""));
  }

  @Test
  void aPlacementWithoutGprDetailsHasNoGprStatus() {
    server.createSeed();
    PlacementLifecycleService lifecycle =
        new PlacementLifecycleService(
            server.repository, PlacementEventPublisher.none(), server.clock);
    lifecycle.admit(io.workloadplacement.domain.fixtures.SamplePlacements.SEED_NAME);
    lifecycle.startProvisioning(io.workloadplacement.domain.fixtures.SamplePlacements.SEED_NAME);

    JsonNode decision =
        server
            .get(BASE + "/" + io.workloadplacement.domain.fixtures.SamplePlacements.SEED_NAME)
            .json()
            .path("data")
            .path("status")
            .path("clusterPlacementDecisions")
            .path(0);
    assertThat(decision.has("clusterName")).isTrue();
    assertThat(decision.has("gprStatus")).isFalse();
  }

  @Test
  void everyGprRuleAndMixedManifestIsNamedInOne400() {
    String body =
        TYPED_CREATE
            .replace("\"priority\": 5", "\"priority\": \"high\"")
            .replace("\"exitDuration\": \"1d2h30m\"", "\"exitDuration\": \"30m2h\"")
            .replace("\"enableAutoGpuSelection\": false", "\"enableAutoGpuSelection\": true")
            .replace(
                "{\"name\": \"web\", \"manifest\"",
                "{\"name\": \"web\", \"kind\": \"X\", \"manifest\"");

    Reply reply = server.post(BASE, body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("error").path("errorKey").asText()).isEqualTo("ValidationError");
    List<String> fields = new ArrayList<>();
    reply.json().path("error").path("fields").forEach(f -> fields.add(f.path("field").asText()));
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "gprDetails.priority",
            "gprDetails.exitDuration",
            "gprDetails.instanceType",
            "gprDetails.gpuShape",
            "manifestResources[1].manifest");
    assertThat(server.stored()).isEmpty();
  }

  @Test
  void enableEgsSetsTheFlagAndAnswersWithTheName() {
    server.post(BASE, SDK_CREATE);

    Reply reply = server.put(BASE + "/sdk-1/enable-egs", "{\"enableEGS\": true}");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("message").asText())
        .isEqualTo("Workload Placement updated successfully");
    assertThat(reply.json().path("data")).isEqualTo(Json.read("{\"name\": \"sdk-1\"}"));
    assertThat(reply.header("ETag")).isNotNull();
    assertThat(server.get(BASE + "/sdk-1").json().path("data").path("enableEGS").asBoolean())
        .isTrue();
  }

  @Test
  void enableEgsIsRefusedOnceCompletedNamingTheField() {
    server.post(BASE, SDK_CREATE);
    server.forceStatus("sdk-1", ProvisioningStatus.COMPLETED);

    Reply reply = server.put(BASE + "/sdk-1/enable-egs/", "{\"enableEGS\": true}");

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().path("error").path("errorKey").asText()).isEqualTo("InvalidUpdate");
    assertThat(reply.json().path("error").path("message").asText()).contains("enableEGS");
    assertThat(reply.json().path("error").path("message").asText()).contains("Completed");
  }

  @Test
  void enableEgsOfAnUnknownPlacementIs404AndABodyWithoutTheFlagIs400() {
    assertThat(server.put(BASE + "/missing/enable-egs", "{\"enableEGS\": true}").status())
        .isEqualTo(404);
    server.post(BASE, SDK_CREATE);
    Reply bad = server.put(BASE + "/sdk-1/enable-egs", "{\"enableEgs\": \"yes\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("error").path("fields").path(0).path("field").asText())
        .isEqualTo("enableEGS");
  }

  @Test
  void theEnvelopeHasOnlyTheFiveKeysAndMetadataOnlyOnALimitedList() {
    server.post(BASE, SDK_CREATE);
    server.post(BASE, TYPED_CREATE);

    assertThat(keysOf(server.get(BASE + "/sdk-1").json()))
        .containsExactly("statusCode", "status", "message", "data");
    assertThat(keysOf(server.get(BASE + "/").json()))
        .containsExactly("statusCode", "status", "message", "data");
    assertThat(keysOf(server.get(BASE + "/missing").json()))
        .containsExactly("statusCode", "status", "message", "data", "error");
    assertThat(keysOf(server.get(BASE + "?limit=1").json()))
        .containsExactly("statusCode", "status", "message", "data", "metadata");
  }
}

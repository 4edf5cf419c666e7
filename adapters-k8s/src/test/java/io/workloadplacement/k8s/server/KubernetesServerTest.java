package io.workloadplacement.k8s.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.workloadplacement.k8s.ClusterLocation;
import io.workloadplacement.k8s.Eventually;
import io.workloadplacement.k8s.server.Http.Reply;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's real composition, in process, on fabric8's CRUD mock API server: the API over HTTP,
 * readiness, and the watch stream fed by the informer.
 */
class KubernetesServerTest {

  private static final ResourceDefinitionContext PLACEMENTS =
      new ResourceDefinitionContext.Builder()
          .withGroup("worker.kubeslice.io")
          .withVersion("v1alpha1")
          .withKind("WorkloadPlacement")
          .withPlural("workloadplacements")
          .withNamespaced(true)
          .build();

  @TempDir Path directory;

  static String createBody(String name) {
    return """
        {"workspaceName": "abc", "name": "%s", "clusters": ["w1"], "burstDuration": "1h",
         "deletionPolicy": "Delete",
         "cmdExec": [{"name": "look", "cmd": "kubectl get namespace default"}],
         "steps": [{"name": "look", "type": "command"}]}
        """
        .formatted(name);
  }

  private static void awaitReady(Http http) {
    Eventually.await(() -> http.get("/readyz").status() == 200, "/readyz answers 200");
  }

  @Test
  void servesCreateGetListUpdateAndDeleteOnTheCluster() {
    try (Hub hub = Hub.ready(directory);
        KubernetesServer server = KubernetesServer.start(hub.settings())) {
      Http http = new Http(server.baseUrl());
      awaitReady(http);

      assertThat(http.post(Http.API, createBody("p1")).status()).isEqualTo(200);
      Reply got = http.get(Http.API + "/p1");
      assertThat(got.status()).isEqualTo(200);
      assertThat(got.json().path("data").path("workspaceName").asText()).isEqualTo("abc");
      assertThat(got.json().path("data").path("status").path("provisioningStatus").asText())
          .isEqualTo("Pending");
      assertThat(http.get(Http.API).json().path("data").findValuesAsText("name")).contains("p1");

      Reply updated = http.put(Http.API + "/p1", "{\"burstDuration\": \"2h\"}");
      assertThat(updated.status()).isEqualTo(200);
      assertThat(http.get(Http.API + "/p1").json().path("data").path("burstDuration").asText())
          .isEqualTo("2h");

      assertThat(http.delete(Http.API + "/p1").status()).isEqualTo(200);
      assertThat(http.get(Http.API + "/p1").status()).isEqualTo(404);
      // kept in the cluster, not in the server
      assertThat(
              hub.api()
                  .client()
                  .genericKubernetesResources(PLACEMENTS)
                  .inNamespace(Hub.NAMESPACE)
                  .list()
                  .getItems())
          .isEmpty();
    }
  }

  @Test
  void metricsCountTheNamespacesPlacementsByStatus() {
    try (Hub hub = Hub.ready(directory);
        KubernetesServer server = KubernetesServer.start(hub.settings())) {
      Http http = new Http(server.baseUrl());
      awaitReady(http);

      assertThat(http.post(Http.API, createBody("p1")).status()).isEqualTo(200);
      assertThat(http.post(Http.API, createBody("p2")).status()).isEqualTo(200);

      Eventually.await(
          () -> http.get("/metrics").body().contains("workload_placements{status=\"Pending\"} 2.0"),
          "two Pending placements counted");
      String metrics = http.get("/metrics").body();
      assertThat(metrics)
          .contains("workload_placements{status=\"Successful\"} 0.0")
          .contains("workload_placement_ready 1.0")
          .contains("workload_placement_watch_subscribers 0.0")
          .contains("http_server_requests_seconds_count");
    }
  }

  @Test
  void anUnknownWorkspaceIsRefusedFromTheConfigMap() {
    try (Hub hub = Hub.ready(directory);
        KubernetesServer server = KubernetesServer.start(hub.settings())) {
      Http http = new Http(server.baseUrl());
      awaitReady(http);

      Reply refused = http.post(Http.API, createBody("p1").replace("\"abc\"", "\"nowhere\""));

      assertThat(refused.status()).isBetween(400, 499);
      assertThat(http.get(Http.API + "/p1").status()).isEqualTo(404);
    }
  }

  @Test
  void isNotReadyWithoutTheWorkspaceConfigMapAndReadyOnceItExists() {
    try (Hub hub = Hub.empty(directory)) {
      hub.api().installDefinition();
      try (KubernetesServer server = KubernetesServer.start(hub.settings())) {
        Http http = new Http(server.baseUrl());

        Reply notReady = http.get("/readyz");
        assertThat(notReady.status()).isEqualTo(503);
        assertThat(notReady.json().path("statusCode").asInt()).isEqualTo(503);
        assertThat(notReady.json().path("error").path("errorKey").asText()).isEqualTo("NotReady");
        assertThat(http.get("/healthz").status()).isEqualTo(200);
        // a create meanwhile is the contract's 503, not a 500
        assertThat(http.post(Http.API, createBody("p1")).status()).isEqualTo(503);

        hub.writeWorkspaces(java.util.Map.of("abc", "w1"));

        awaitReady(http);
        assertThat(server.isReady()).isTrue();
      }
    }
  }

  @Test
  void installsTheDefinitionWhenAskedAndIsReadyOnAnEmptyCluster() {
    try (Hub hub = Hub.empty(directory)) {
      hub.writeWorkspaces(java.util.Map.of("abc", "w1"));
      try (KubernetesServer server =
          KubernetesServer.start(hub.settings().withInstallDefinition(true))) {
        Http http = new Http(server.baseUrl());
        awaitReady(http);

        assertThat(http.post(Http.API, createBody("p1")).status()).isEqualTo(200);
      }
    }
  }

  @Test
  void isNotReadyWhileTheApiServerCannotBeReached() {
    ClusterLocation nowhere = ClusterLocation.kubeconfig(Hub.unreachableKubeconfig(directory));
    try (KubernetesServer server =
        KubernetesServer.start(
            KubernetesServerSettings.defaults(nowhere)
                .withAddress("127.0.0.1", 0)
                .withStopTimeout(java.time.Duration.ZERO))) {
      Http http = new Http(server.baseUrl());

      assertThat(http.get("/readyz").status()).isEqualTo(503);
      assertThat(http.get("/healthz").status()).isEqualTo(200);
      // a store failure on LIST is the contract's 500, in its envelope
      Reply list = http.get(Http.API);
      assertThat(list.status()).isEqualTo(500);
      assertThat(list.json().path("statusCode").asInt()).isEqualTo(500);
      assertThat(list.json().path("error").path("message").asText())
          .isEqualTo("Failed to fetch workload placements");
    }
  }

  @Test
  void aChangeMadeWithAPlainClientAppearsOnTheWatchStream() {
    try (Hub hub = Hub.ready(directory);
        KubernetesServer server = KubernetesServer.start(hub.settings())) {
      Http http = new Http(server.baseUrl());
      awaitReady(http);

      try (SseClient watch = SseClient.subscribed(http.client(), http.uri(Http.API + "/watch"))) {
        hub.api()
            .client()
            .genericKubernetesResources(PLACEMENTS)
            .inNamespace(Hub.NAMESPACE)
            .resource(byHand("by-hand"))
            .create();

        SseClient.Event added = watch.next();
        assertThat(added.type()).isEqualTo("ADDED");
        assertThat(added.data()).contains("\"name\":\"by-hand\"").contains("\"Pending\"");
      }
    }
  }

  @Test
  void twoServersOnOneHubEachSeeTheOthersWritesOnTheirWatch() {
    try (Hub hub = Hub.ready(directory);
        KubernetesServer first = KubernetesServer.start(hub.settings());
        KubernetesServer second = KubernetesServer.start(hub.settings())) {
      Http one = new Http(first.baseUrl());
      Http two = new Http(second.baseUrl());
      awaitReady(one);
      awaitReady(two);

      try (SseClient watchOne = SseClient.subscribed(one.client(), one.uri(Http.API + "/watch"));
          SseClient watchTwo = SseClient.subscribed(two.client(), two.uri(Http.API + "/watch"))) {
        assertThat(one.post(Http.API, createBody("from-one")).status()).isEqualTo(200);
        SseClient.Event seenByTwo = watchTwo.next();
        assertThat(seenByTwo.type()).isEqualTo("ADDED");
        assertThat(seenByTwo.data()).contains("\"name\":\"from-one\"");

        assertThat(two.delete(Http.API + "/from-one").status()).isEqualTo(200);
        assertThat(watchOne.next().type()).isEqualTo("ADDED");
        SseClient.Event deleted = watchOne.next();
        assertThat(deleted.type()).isEqualTo("DELETED");
        assertThat(deleted.data()).contains("\"name\":\"from-one\"");
      }
    }
  }

  /** A placement as someone might write it with kubectl: no status, a creation time. */
  private static GenericKubernetesResource byHand(String name) {
    return Serialization.unmarshal(
        """
        apiVersion: worker.kubeslice.io/v1alpha1
        kind: WorkloadPlacement
        metadata:
          name: %s
          annotations:
            workloadplacement.io/created-at: "2025-10-30T08:39:52Z"
        spec:
          workspaceName: abc
          name: %s
          clusters: [w1]
          burstDuration: 1h
          deletionPolicy: Delete
          cmdExec:
          - name: look
            cmd: kubectl get namespace default
          steps:
          - name: look
            type: command
        """
            .formatted(name, name),
        GenericKubernetesResource.class);
  }
}

package io.workloadplacement.k8s.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.workloadplacement.k8s.Eventually;
import io.workloadplacement.k8s.MockApiServer;
import io.workloadplacement.k8s.steps.FakeHelm;
import io.workloadplacement.k8s.steps.ManifestStepExecutor;
import io.workloadplacement.k8s.steps.StepExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's real composition end to end, over HTTP only: a hub mock holding placements and the
 * Secret that registers worker w1, a worker mock where the steps land, Helm faked behind its port
 * and manifests created or replaced (the mock has no server-side apply).
 */
class KubernetesServerEndToEndTest {

  // a ceiling, reached only when something is wrong: the build machine is shared and slow
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path directory;

  private final FakeHelm helm = new FakeHelm();
  private Hub hub;
  private MockApiServer worker;
  private String workerKubeconfig;
  private KubernetesServer server;
  private Http http;

  @BeforeEach
  void start() throws IOException {
    hub = Hub.ready(directory);
    worker = MockApiServer.crudWithoutDefinition();
    worker
        .client()
        .nodes()
        .resource(
            new NodeBuilder()
                .withNewMetadata()
                .withName("node-1")
                .endMetadata()
                .withNewStatus()
                .withAllocatable(Map.of("nvidia.com/gpu", new Quantity("8")))
                .endStatus()
                .build())
        .create();
    workerKubeconfig = Files.readString(worker.writeKubeconfig(directory, "default"));
    hub.api()
        .client()
        .secrets()
        .inNamespace(Hub.NAMESPACE)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("cluster-w1")
                .addToLabels("workloadplacement.io/cluster", "w1")
                .endMetadata()
                .addToStringData("kubeconfig", workerKubeconfig)
                .build())
        .create();
  }

  private void startServer() {
    server =
        KubernetesServer.start(
            hub.settings().withController(new ControllerSettings(true, false, "lease", "one")),
            new ControllerSteps(ManifestStepExecutor.Verb.CREATE_OR_REPLACE, helm));
    http = new Http(server.baseUrl());
    Eventually.await(WAIT, () -> http.get("/readyz").status() == 200, "the server is ready");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close(); // interrupts an install held at the gate
    }
    worker.close();
    hub.close();
  }

  /** A placement on w1 of a command, a ConfigMap and a Helm release, in that order. */
  private static String placement(String name, String burst, String policy, String command) {
    return """
        {"workspaceName": "abc", "name": "%1$s", "clusters": ["w1"],
         "burstDuration": "%2$s", "deletionPolicy": "%3$s",
         "cmdExec": [{"name": "prepare", "cmd": "%4$s"}],
         "manifestResources": [{"name": "settings-%1$s", "namespace": "bookinfo",
                                "apiVersion": "v1", "kind": "ConfigMap",
                                "data": {"color": "purple"}}],
         "helmConfigs": [{"name": "cuda", "chart": "cuda", "releaseName": "cuda-%1$s",
                          "releaseNamespace": "bookinfo", "repoName": "vaidio",
                          "repoURL": "https://charts.example.com/vaidio/",
                          "values": {"replicaCount": 2}}],
         "steps": [{"name": "prepare", "type": "command"},
                   {"name": "settings-%1$s", "type": "manifest"},
                   {"name": "cuda", "type": "helm"}]}
        """
        .formatted(name, burst, policy, command);
  }

  private void create(String body) {
    Http.Reply created = http.post(Http.API, body);
    assertThat(created.status()).as(created.body()).isEqualTo(200);
  }

  private JsonNode status(String name) {
    return http.get(Http.API + "/" + name).json().path("data").path("status");
  }

  /** The placement's status once it is {@code provisioningStatus}, read over HTTP. */
  private JsonNode await(String name, String provisioningStatus) {
    Eventually.await(
        WAIT,
        () -> status(name).path("provisioningStatus").asText().equals(provisioningStatus),
        name + " to be " + provisioningStatus);
    return status(name);
  }

  private ConfigMap settingsOf(String name) {
    return worker.client().configMaps().inNamespace("bookinfo").withName("settings-" + name).get();
  }

  @Test
  void aManifestAHelmReleaseAndAnAllowedCommandAreDeployedAndThePlacementIsSuccessful() {
    startServer();

    create(placement("full", "1h", "Retain", "kubectl create namespace team-full"));
    await("full", "Successful");

    ConfigMap settings = settingsOf("full");
    assertThat(settings.getData()).containsEntry("color", "purple");
    assertThat(settings.getMetadata().getLabels())
        .containsEntry(StepExecutor.PLACEMENT_LABEL, "full");
    assertThat(helm.installed)
        .singleElement()
        .satisfies(
            release -> {
              assertThat(release.releaseName()).isEqualTo("cuda-full");
              assertThat(release.namespace()).isEqualTo("bookinfo");
              assertThat(release.values()).containsEntry("replicaCount", 2);
              assertThat(release.kubeconfig()).isEqualTo(workerKubeconfig);
            });
    assertThat(worker.client().namespaces().withName("team-full").get()).isNotNull();
  }

  @Test
  void aShortBurstEndsCompletedAndDeleteRemovesWhatItDeployed() {
    startServer();

    create(placement("brief", "2s", "Delete", "kubectl create namespace team-brief"));
    await("brief", "Completed");

    assertThat(settingsOf("brief")).isNull();
    assertThat(helm.uninstalled).containsExactly("cuda-brief");
  }

  @Test
  void aShortBurstEndsCompletedAndRetainKeepsWhatItDeployed() {
    startServer();

    create(placement("kept", "2s", "Retain", "kubectl create namespace team-kept"));
    await("kept", "Completed");

    assertThat(settingsOf("kept")).isNotNull();
    assertThat(helm.installed).hasSize(1);
    assertThat(helm.uninstalled).isEmpty();
  }

  @Test
  void aRefusedCommandFailsThePlacementWithCommandNotAllowed() {
    startServer();

    create(placement("refused", "1h", "Delete", "kubectl exec -it cuda -- rm -rf /"));
    JsonNode failed = await("refused", "Failed");

    JsonNode command =
        StreamSupport.stream(failed.path("conditions").spliterator(), false)
            .filter(condition -> condition.path("type").asText().equals("CommandExecuted"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no CommandExecuted condition: " + failed));
    assertThat(command.path("status").asText()).isEqualTo("False");
    assertThat(command.path("reason").asText()).isEqualTo("CommandFailed");
    assertThat(command.path("message").asText()).startsWith("CommandNotAllowed: ").contains("exec");
    assertThat(settingsOf("refused")).isNull();
    assertThat(helm.installed).isEmpty();
  }

  @Test
  void deletingAnInProgressPlacementWithDeleteRemovesWhatItDeployed() throws Exception {
    helm.gate = new CountDownLatch(1);
    startServer();

    create(placement("halted", "1h", "Delete", "kubectl create namespace team-halted"));
    assertThat(helm.holding.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    assertThat(status("halted").path("provisioningStatus").asText()).isEqualTo("InProgress");
    assertThat(settingsOf("halted")).isNotNull();

    assertThat(http.delete(Http.API + "/halted").status()).isEqualTo(200);
    helm.gate.countDown();

    Eventually.await(WAIT, () -> settingsOf("halted") == null, "the ConfigMap to be removed");
    Eventually.await(
        WAIT,
        () -> helm.uninstalled.contains("cuda-halted"),
        "the release, installed while it was deleted, to be uninstalled");
    assertThat(http.get(Http.API + "/halted").status()).isEqualTo(404);
  }
}

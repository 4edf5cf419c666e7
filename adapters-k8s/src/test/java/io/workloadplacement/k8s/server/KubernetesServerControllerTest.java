package io.workloadplacement.k8s.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.workloadplacement.k8s.Eventually;
import io.workloadplacement.k8s.MockApiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The controller as the server wires it: a placement created over HTTP is driven on a worker
 * cluster registered by its Secret, behind leader election, with the real step executors (a command
 * step, which the worker mock can carry out).
 */
class KubernetesServerControllerTest {

  @TempDir Path directory;

  /** A worker cluster with one Node of {@code gpus} GPUs, registered on {@code hub} as w1. */
  private static MockApiServer registeredWorker(Hub hub, Path directory, int gpus)
      throws IOException {
    MockApiServer worker = MockApiServer.crudWithoutDefinition();
    worker
        .client()
        .nodes()
        .resource(
            new NodeBuilder()
                .withNewMetadata()
                .withName("node-1")
                .endMetadata()
                .withNewStatus()
                .withAllocatable(Map.of("nvidia.com/gpu", new Quantity(Integer.toString(gpus))))
                .endStatus()
                .build())
        .create();
    String kubeconfig = Files.readString(worker.writeKubeconfig(directory, "default"));
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
                .addToStringData("kubeconfig", kubeconfig)
                .build())
        .create();
    return worker;
  }

  @Test
  void ofTwoReplicasOnlyTheLeaderDrivesAndTheOtherTakesOverWhenItStops() {
    try (Hub hub = Hub.ready(directory)) {
      KubernetesServer first =
          KubernetesServer.start(
              hub.settings().withController(new ControllerSettings(true, true, "lease", "one")));
      Eventually.await(first::isDriving, "the first replica leads");
      try (KubernetesServer second =
          KubernetesServer.start(
              hub.settings().withController(new ControllerSettings(true, true, "lease", "two")))) {
        Http viaSecond = new Http(second.baseUrl());
        Eventually.await(() -> viaSecond.get("/readyz").status() == 200, "the second is ready");
        // both serve the API; only the Lease's holder drives
        assertThat(second.isDriving()).isFalse();
        assertThat(first.isDriving()).isTrue();

        first.close();

        // within the retry period once the Lease is released, else once its 15 s have run out
        Eventually.await(
            Duration.ofSeconds(45), second::isDriving, "the second replica takes over");
      } finally {
        first.close();
      }
    }
  }

  @Test
  void aPlacementCreatedOverHttpIsDrivenToSuccessfulOnTheRegisteredWorker() throws IOException {
    try (Hub hub = Hub.ready(directory);
        MockApiServer worker = registeredWorker(hub, directory, 2);
        KubernetesServer server =
            KubernetesServer.start(
                hub.settings()
                    .withController(
                        new ControllerSettings(true, true, "placement-lease", "replica-1")))) {
      Http http = new Http(server.baseUrl());
      Eventually.await(server::isDriving, "the replica leads and drives");

      String body =
          """
          {"workspaceName": "abc", "name": "driven", "clusters": ["w1"], "burstDuration": "1h",
           "cmdExec": [{"name": "ns", "cmd": "kubectl create namespace team-a"}],
           "steps": [{"name": "ns", "type": "command"}]}
          """;
      assertThat(http.post(Http.API, body).status()).isEqualTo(200);

      Eventually.await(
          () ->
              http.get(Http.API + "/driven")
                  .json()
                  .path("data")
                  .path("status")
                  .path("provisioningStatus")
                  .asText()
                  .equals("Successful"),
          "the placement is Successful");
      assertThat(worker.client().namespaces().withName("team-a").get()).isNotNull();
      assertThat(
              hub.api()
                  .client()
                  .leases()
                  .inNamespace(Hub.NAMESPACE)
                  .withName("placement-lease")
                  .get()
                  .getSpec()
                  .getHolderIdentity())
          .isEqualTo("replica-1");
    }
  }
}

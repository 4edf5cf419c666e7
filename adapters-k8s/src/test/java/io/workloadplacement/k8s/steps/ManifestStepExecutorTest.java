package io.workloadplacement.k8s.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.workloadplacement.domain.model.ManifestResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Manifests applied on worker clusters (CRUD mocks, so with the closest verb to server-side apply)
 * are read back as applied and labelled with the placement, and removing them deletes exactly what
 * the placement deployed.
 */
class ManifestStepExecutorTest {

  private final WorkerClusters worker1 = new WorkerClusters("worker-1");
  private final WorkerClusters worker2 = new WorkerClusters("worker-2");
  private final ManifestStepExecutor executor =
      new ManifestStepExecutor(ManifestStepExecutor.Verb.CREATE_OR_REPLACE);

  private static final ManifestResource CONFIG =
      new ManifestResource(
          "sample-configmap",
          "bookinfo",
          "v1",
          "ConfigMap",
          Map.of("ui.properties", "color=purple"));
  private static final ManifestResource DEPLOYMENT =
      new ManifestResource(
          "web",
          "bookinfo",
          "apps/v1",
          "Deployment",
          Map.of(
              "spec",
              Map.of(
                  "replicas",
                  2,
                  "selector",
                  Map.of("matchLabels", Map.of("app", "web")),
                  "template",
                  Map.of(
                      "metadata",
                      Map.of("labels", Map.of("app", "web")),
                      "spec",
                      Map.of("containers", List.of(Map.of("name", "web", "image", "nginx")))))));

  @AfterEach
  void stop() {
    worker1.close();
    worker2.close();
  }

  private ConfigMap configOn(WorkerClusters worker) {
    return worker.client().configMaps().inNamespace("bookinfo").withName("sample-configmap").get();
  }

  @Test
  void aManifestIsAppliedOnEachClusterLabelledWithThePlacement() {
    for (WorkerClusters worker : List.of(worker1, worker2)) {
      assertThat(executor.run(worker.cluster, "p", CONFIG).success()).isTrue();
      assertThat(executor.run(worker.cluster, "p", DEPLOYMENT).success()).isTrue();

      ConfigMap config = configOn(worker);
      assertThat(config.getData()).containsEntry("ui.properties", "color=purple");
      assertThat(config.getMetadata().getLabels()).containsEntry(StepExecutor.PLACEMENT_LABEL, "p");
      Deployment web =
          worker.client().apps().deployments().inNamespace("bookinfo").withName("web").get();
      assertThat(web.getSpec().getReplicas()).isEqualTo(2);
      assertThat(web.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
          .isEqualTo("nginx");
    }
  }

  @Test
  void onARealServerTheObjectIsSentAsAServerSideApplyWithTheFieldManagerAndNoForce()
      throws Exception {
    // the CRUD mock cannot apply: an expectations mock checks what would be sent
    KubernetesMockServer server = new KubernetesMockServer(false);
    server.init();
    try (KubernetesClient client = server.createClient()) {
      server
          .expect()
          .patch()
          .withPath(
              "/api/v1/namespaces/bookinfo/configmaps/sample-configmap"
                  + "?fieldManager=workload-placement-api")
          .andReturn(200, new ConfigMapBuilder().withNewMetadata().endMetadata().build())
          .once();
      ManifestStepExecutor applying =
          new ManifestStepExecutor(ManifestStepExecutor.Verb.SERVER_SIDE_APPLY);

      StepOutcome outcome = applying.run(new WorkerCluster("real", client, ""), "p", CONFIG);

      assertThat(outcome.success()).isTrue();
      RecordedRequest sent = server.getLastRequest();
      assertThat(sent.getHeader("Content-Type")).startsWith("application/apply-patch+yaml");
      assertThat(sent.getPath()).doesNotContain("force");
      assertThat(sent.getUtf8Body())
          .contains("workloadplacement.io/placement")
          .contains("color=purple");
    } finally {
      server.destroy();
    }
  }

  @Test
  void applyingAgainUpdatesTheObject() {
    executor.run(worker1.cluster, "p", CONFIG);
    ManifestResource changed =
        new ManifestResource(
            "sample-configmap",
            "bookinfo",
            "v1",
            "ConfigMap",
            Map.of("ui.properties", "color=red"));

    assertThat(executor.run(worker1.cluster, "p", changed).success()).isTrue();

    assertThat(configOn(worker1).getData()).containsEntry("ui.properties", "color=red");
  }

  @Test
  void removeDeletesWhatThePlacementDeployedAndNothingElse() {
    executor.run(worker1.cluster, "p", CONFIG);
    // worker-2 has an object of the same name that this placement did not deploy
    worker2
        .client()
        .configMaps()
        .inNamespace("bookinfo")
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName("sample-configmap")
                .withNamespace("bookinfo")
                .endMetadata()
                .build())
        .create();

    StepOutcome removed = executor.remove(worker1.cluster, "p", CONFIG);
    StepOutcome kept = executor.remove(worker2.cluster, "p", CONFIG);
    StepOutcome otherPlacement = executor.remove(worker1.cluster, "q", CONFIG);

    assertThat(removed.success()).isTrue();
    assertThat(configOn(worker1)).isNull();
    assertThat(kept.message()).contains("did not deploy it");
    assertThat(configOn(worker2)).isNotNull();
    assertThat(otherPlacement.message()).contains("was not there");
  }

  @Test
  void aWholeObjectIsAppliedAsSentWithItsOwnLabelsAndThePlacements() {
    ManifestResource whole =
        ManifestResource.ofManifest(
            "web-deployment",
            Map.of(
                "apiVersion",
                "apps/v1",
                "kind",
                "Deployment",
                "metadata",
                Map.of(
                    "name",
                    "web",
                    "namespace",
                    "bookinfo",
                    "labels",
                    Map.of("app", "web"),
                    "annotations",
                    Map.of("team", "ml")),
                "spec",
                Map.of(
                    "replicas",
                    3,
                    "selector",
                    Map.of("matchLabels", Map.of("app", "web")),
                    "template",
                    Map.of(
                        "metadata",
                        Map.of("labels", Map.of("app", "web")),
                        "spec",
                        Map.of("containers", List.of(Map.of("name", "web", "image", "nginx")))))));

    assertThat(executor.run(worker1.cluster, "p", whole).success()).isTrue();

    Deployment web =
        worker1.client().apps().deployments().inNamespace("bookinfo").withName("web").get();
    assertThat(web.getSpec().getReplicas()).isEqualTo(3);
    assertThat(web.getMetadata().getLabels())
        .containsEntry("app", "web")
        .containsEntry(StepExecutor.PLACEMENT_LABEL, "p");
    assertThat(web.getMetadata().getAnnotations()).containsEntry("team", "ml");
    assertThat(executor.remove(worker1.cluster, "p", whole).success()).isTrue();
    assertThat(worker1.client().apps().deployments().inNamespace("bookinfo").withName("web").get())
        .isNull();
  }
}

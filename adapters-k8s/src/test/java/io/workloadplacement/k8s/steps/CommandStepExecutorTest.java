package io.workloadplacement.k8s.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.workloadplacement.domain.model.CommandExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Allowed commands run as fabric8 calls on a worker cluster (a CRUD mock); others are refused. */
class CommandStepExecutorTest {

  private final WorkerClusters worker = new WorkerClusters("worker-1");
  private final CommandStepExecutor executor = new CommandStepExecutor();

  @AfterEach
  void stop() {
    worker.close();
  }

  private StepOutcome run(String cmd) {
    return executor.run(worker.cluster, "p", new CommandExecution("c", cmd));
  }

  @Test
  void createThenGetANamespace() {
    assertThat(run("kubectl get namespace bookinfo").success()).isFalse();

    StepOutcome created = run("kubectl create namespace bookinfo");

    assertThat(created.success()).isTrue();
    assertThat(worker.client().namespaces().withName("bookinfo").get()).isNotNull();
    assertThat(run("kubectl get ns bookinfo").success()).isTrue();
    assertThat(run("kubectl create namespace bookinfo").success()).isFalse();
  }

  @Test
  void labelAndAnnotateEditOnlyTheKeysNamedAndRespectOverwrite() {
    worker
        .client()
        .namespaces()
        .resource(
            new NamespaceBuilder()
                .withNewMetadata()
                .withName("bookinfo")
                .addToLabels("keep", "me")
                .addToLabels("old", "x")
                .endMetadata()
                .build())
        .create();

    assertThat(run("kubectl label namespace bookinfo tier=gpu old-").success()).isTrue();
    assertThat(run("kubectl annotate ns bookinfo owner=team-a").success()).isTrue();

    var labels = worker.client().namespaces().withName("bookinfo").get().getMetadata();
    assertThat(labels.getLabels()).containsEntry("keep", "me").containsEntry("tier", "gpu");
    assertThat(labels.getLabels()).doesNotContainKey("old");
    assertThat(labels.getAnnotations()).containsEntry("owner", "team-a");

    StepOutcome refused = run("kubectl label namespace bookinfo tier=cpu");
    assertThat(refused.success()).isFalse();
    assertThat(refused.message()).contains("--overwrite");
    assertThat(run("kubectl label namespace bookinfo tier=cpu --overwrite").success()).isTrue();
  }

  @Test
  void deleteRemovesExactlyTheNamedObject() {
    for (String name : new String[] {"cfg", "other"}) {
      worker
          .client()
          .configMaps()
          .inNamespace("bookinfo")
          .resource(
              new ConfigMapBuilder()
                  .withNewMetadata()
                  .withName(name)
                  .withNamespace("bookinfo")
                  .endMetadata()
                  .build())
          .create();
    }

    assertThat(run("kubectl delete configmap cfg -n bookinfo").success()).isTrue();

    assertThat(worker.client().configMaps().inNamespace("bookinfo").withName("cfg").get()).isNull();
    assertThat(worker.client().configMaps().inNamespace("bookinfo").withName("other").get())
        .isNotNull();
    assertThat(run("kubectl delete configmap cfg -n bookinfo").success()).isFalse();
    assertThat(run("kubectl delete configmap cfg -n bookinfo --ignore-not-found").success())
        .isTrue();
  }

  @Test
  void aRefusedCommandFailsWithCommandNotAllowedNamingItAndTouchesNothing() {
    StepOutcome refused = run("kubectl create namespace a && kubectl delete namespace kube-system");

    assertThat(refused.success()).isFalse();
    assertThat(refused.reason()).isEqualTo("CommandNotAllowed");
    assertThat(refused.message()).contains("shell syntax is not allowed ('&'");
    assertThat(worker.client().namespaces().list().getItems()).isEmpty();

    StepOutcome exec = run("kubectl exec web -- cat /etc/passwd");
    assertThat(exec.reason()).isEqualTo("CommandNotAllowed");
    assertThat(exec.message()).isEqualTo("kubectl exec is not allowed");
  }
}

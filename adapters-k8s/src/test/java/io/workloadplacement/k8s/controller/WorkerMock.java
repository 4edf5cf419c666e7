package io.workloadplacement.k8s.controller;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.util.HashMap;
import java.util.Map;

/** A worker cluster for the tests: a fabric8 CRUD mock API server, and a kubeconfig for it. */
final class WorkerMock implements AutoCloseable {

  final String name;
  private final KubernetesMockServer server =
      new KubernetesMockServer(
          new Context(),
          new MockWebServer(),
          new HashMap<>(),
          new KubernetesCrudDispatcher(),
          false);
  private final KubernetesClient client;

  WorkerMock(String name) {
    this.name = name;
    server.init();
    client =
        server.createClient(
            builder -> builder.editOrNewConfig().withRequestRetryBackoffLimit(0).endConfig());
  }

  /** A worker with one Node that has {@code gpus} allocatable GPUs. */
  static WorkerMock withGpus(String name, int gpus) {
    WorkerMock worker = new WorkerMock(name);
    worker.addNode("node-1", gpus);
    return worker;
  }

  /** A client on this worker, to read back what the controller did. */
  KubernetesClient client() {
    return client;
  }

  /** A kubeconfig whose current context reaches this worker. */
  String kubeconfig() {
    return """
        apiVersion: v1
        kind: Config
        clusters:
        - name: %1$s
          cluster:
            server: %2$s
        contexts:
        - name: %1$s
          context:
            cluster: %1$s
            user: tester
            namespace: default
        current-context: %1$s
        users:
        - name: tester
          user:
            token: not-checked
        """
        .formatted(name, client.getConfiguration().getMasterUrl());
  }

  void addNode(String nodeName, int gpus) {
    client
        .nodes()
        .resource(
            new NodeBuilder()
                .withNewMetadata()
                .withName(nodeName)
                .endMetadata()
                .withNewStatus()
                .withAllocatable(
                    Map.of(GpuUsage.GPU_RESOURCE, new Quantity(Integer.toString(gpus))))
                .endStatus()
                .build())
        .create();
  }

  /** A running pod in {@code namespace} whose one container requests {@code gpus} GPUs. */
  void addPod(String namespace, String podName, int gpus, String phase) {
    client
        .pods()
        .inNamespace(namespace)
        .resource(
            new PodBuilder()
                .withNewMetadata()
                .withName(podName)
                .withNamespace(namespace)
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("main")
                .withImage("cuda")
                .withNewResources()
                .withRequests(Map.of(GpuUsage.GPU_RESOURCE, new Quantity(Integer.toString(gpus))))
                .endResources()
                .endContainer()
                .endSpec()
                .withNewStatus()
                .withPhase(phase)
                .endStatus()
                .build())
        .create();
  }

  /** Registers this worker on {@code hub}: a Secret in {@code namespace} with its kubeconfig. */
  void registerOn(KubernetesClient hub, String namespace) {
    hub.secrets()
        .inNamespace(namespace)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("cluster-" + name)
                .withNamespace(namespace)
                .addToLabels(ClusterSecret.CLUSTER_LABEL, name)
                .endMetadata()
                .addToStringData(ClusterSecret.KUBECONFIG_KEY, kubeconfig())
                .build())
        .create();
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}

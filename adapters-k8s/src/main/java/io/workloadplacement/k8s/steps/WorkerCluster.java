package io.workloadplacement.k8s.steps;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Objects;

/**
 * A target cluster as the step executors reach it: its name, a client on its API server, and the
 * kubeconfig that client was built from (its contents, which Helm is given as they are).
 */
public record WorkerCluster(String name, KubernetesClient client, String kubeconfig) {

  public WorkerCluster {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(kubeconfig, "kubeconfig");
  }
}

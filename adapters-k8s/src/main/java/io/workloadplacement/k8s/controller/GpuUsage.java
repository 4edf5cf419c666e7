package io.workloadplacement.k8s.controller;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.Set;

/**
 * A worker cluster's GPUs as Kubernetes sees them: the sum of its Nodes' allocatable {@code
 * nvidia.com/gpu}, and what its pods that have not terminated request of it.
 */
record GpuUsage(long allocatable, long requestedByPods) {

  /** The extended resource NVIDIA's device plugin advertises. */
  static final String GPU_RESOURCE = "nvidia.com/gpu";

  private static final Set<String> TERMINATED = Set.of("Succeeded", "Failed");

  /** GPUs no pod requests. */
  long unrequested() {
    return allocatable - requestedByPods;
  }

  /** Reads the Nodes and pods of the cluster {@code client} reaches. */
  static GpuUsage of(KubernetesClient client) {
    long allocatable =
        client.nodes().list().getItems().stream().mapToLong(GpuUsage::allocatable).sum();
    long requested =
        client.pods().inAnyNamespace().list().getItems().stream()
            .filter(
                pod -> pod.getStatus() == null || !TERMINATED.contains(pod.getStatus().getPhase()))
            .mapToLong(GpuUsage::requested)
            .sum();
    return new GpuUsage(allocatable, requested);
  }

  private static long allocatable(Node node) {
    if (node.getStatus() == null || node.getStatus().getAllocatable() == null) {
      return 0;
    }
    return count(node.getStatus().getAllocatable().get(GPU_RESOURCE));
  }

  /** What a pod's containers request; for an extended resource a limit alone is the request. */
  private static long requested(Pod pod) {
    if (pod.getSpec() == null || pod.getSpec().getContainers() == null) {
      return 0;
    }
    long sum = 0;
    for (Container container : pod.getSpec().getContainers()) {
      if (container.getResources() == null) {
        continue;
      }
      Map<String, Quantity> requests = container.getResources().getRequests();
      Map<String, Quantity> limits = container.getResources().getLimits();
      Quantity gpus = requests == null ? null : requests.get(GPU_RESOURCE);
      if (gpus == null && limits != null) {
        gpus = limits.get(GPU_RESOURCE);
      }
      sum += count(gpus);
    }
    return sum;
  }

  private static long count(Quantity quantity) {
    return quantity == null ? 0 : quantity.getNumericalAmount().longValue();
  }
}

/**
 * The domain's out-ports on a Kubernetes API server through the fabric8 client: placements as
 * {@code WorkloadPlacement} custom resources ({@code worker.kubeslice.io/v1alpha1}). {@link
 * io.workloadplacement.k8s.KubernetesStore} is the entry point; fabric8 types stay inside this
 * package.
 */
package io.workloadplacement.k8s;

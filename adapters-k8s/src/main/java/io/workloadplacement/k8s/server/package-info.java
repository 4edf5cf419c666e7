/**
 * The Kubernetes-backed server: {@link io.workloadplacement.k8s.server.KubernetesServer} wires the
 * Kubernetes store, the domain's services and the REST adapter; {@link
 * io.workloadplacement.k8s.server.KubernetesServerCommand} is the executable jar's command line.
 * The only package of {@code adapters-k8s} that knows the REST adapter and Javalin.
 */
package io.workloadplacement.k8s.server;

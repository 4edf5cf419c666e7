package io.workloadplacement.k8s.controller;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.workloadplacement.k8s.steps.WorkerCluster;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker clusters registered as Secrets in the service's namespace ({@link ClusterSecret}),
 * each with a client of its own, kept current by an informer: a client is built when its Secret
 * appears, rebuilt (the old one closed) when the Secret changes, closed and dropped when it goes.
 */
final class ClusterRegistry implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ClusterRegistry.class);

  /** A cluster's client, and the Secret (name and version) it was built from. */
  private record Registered(String secretName, String secretVersion, WorkerCluster cluster) {}

  private final KubernetesClient hub;
  private final String namespace;
  private final Map<String, Registered> clusters = new ConcurrentHashMap<>();
  private SharedIndexInformer<Secret> informer;

  ClusterRegistry(KubernetesClient hub, String namespace) {
    this.hub = Objects.requireNonNull(hub, "hub");
    this.namespace = Objects.requireNonNull(namespace, "namespace");
  }

  /** Starts the informer; returns once the Secrets there are have registered their clusters. */
  synchronized void start() {
    if (informer == null) {
      informer =
          hub.secrets()
              .inNamespace(namespace)
              .withLabel(ClusterSecret.CLUSTER_LABEL)
              .inform(new Handler(), 0);
      // the informer has listed them, but tells its handler later, on its own thread
      informer.getStore().list().forEach(this::register);
    }
  }

  /** The cluster registered as {@code name}, if one is. */
  Optional<WorkerCluster> find(String name) {
    return Optional.ofNullable(clusters.get(name)).map(Registered::cluster);
  }

  /** Where a cluster that is not registered should be registered, for error messages. */
  String registrationHint(String name) {
    return "no Secret labelled "
        + ClusterSecret.CLUSTER_LABEL
        + "="
        + name
        + " in namespace \""
        + namespace
        + "\"";
  }

  @Override
  public synchronized void close() {
    if (informer != null) {
      informer.close();
      informer = null;
    }
    clusters.values().forEach(r -> r.cluster().client().close());
    clusters.clear();
  }

  private synchronized void register(Secret secret) {
    Optional<String> name = ClusterSecret.clusterName(secret);
    if (name.isEmpty()) {
      return;
    }
    String secretName = secret.getMetadata().getName();
    String version = secret.getMetadata().getResourceVersion();
    Registered current = clusters.get(name.get());
    if (current != null
        && current.secretName().equals(secretName)
        && Objects.equals(current.secretVersion(), version)) {
      return; // a resync: nothing changed
    }
    try {
      ClusterSecret.Connection connection =
          ClusterSecret.connection(secret, hub.getConfiguration());
      KubernetesClient client =
          new KubernetesClientBuilder().withConfig(connection.config()).build();
      Registered replaced =
          clusters.put(
              name.get(),
              new Registered(
                  secretName,
                  version,
                  new WorkerCluster(name.get(), client, connection.kubeconfig())));
      if (replaced != null) {
        replaced.cluster().client().close();
      }
      log.info("cluster {} registered from Secret {}", name.get(), secretName);
    } catch (IllegalArgumentException e) {
      log.warn("Secret {} cannot register cluster {}: {}", secretName, name.get(), e.getMessage());
      drop(name.get(), secretName);
    }
  }

  private synchronized void drop(String name, String secretName) {
    Registered current = clusters.get(name);
    if (current != null && current.secretName().equals(secretName)) {
      clusters.remove(name);
      current.cluster().client().close();
      log.info("cluster {} unregistered (Secret {})", name, secretName);
    }
  }

  private final class Handler implements ResourceEventHandler<Secret> {

    @Override
    public void onAdd(Secret secret) {
      register(secret);
    }

    @Override
    public void onUpdate(Secret before, Secret after) {
      Optional<String> was = ClusterSecret.clusterName(before);
      Optional<String> now = ClusterSecret.clusterName(after);
      if (was.isPresent() && !was.equals(now)) {
        drop(was.get(), before.getMetadata().getName());
      }
      register(after);
    }

    @Override
    public void onDelete(Secret secret, boolean deletedFinalStateUnknown) {
      ClusterSecret.clusterName(secret)
          .ifPresent(name -> drop(name, secret.getMetadata().getName()));
    }
  }
}

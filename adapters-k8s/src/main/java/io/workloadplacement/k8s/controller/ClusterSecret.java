package io.workloadplacement.k8s.controller;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a worker cluster's registration: a Secret labelled {@code workloadplacement.io/cluster=
 * <name>} holding either the key {@code kubeconfig} (the cluster's kubeconfig, its contents) or the
 * key {@code in-cluster} set to {@code "true"} (the cluster the service itself runs in, reached as
 * the hub is).
 */
final class ClusterSecret {

  /** The label whose value names the cluster a Secret registers. */
  static final String CLUSTER_LABEL = "workloadplacement.io/cluster";

  static final String KUBECONFIG_KEY = "kubeconfig";
  static final String IN_CLUSTER_KEY = "in-cluster";

  /** How to reach a registered cluster: a client configuration and the kubeconfig Helm gets. */
  record Connection(Config config, String kubeconfig) {}

  private ClusterSecret() {}

  /** The cluster {@code secret} registers, from its label; empty when the label is blank. */
  static Optional<String> clusterName(Secret secret) {
    Map<String, String> labels = secret.getMetadata().getLabels();
    return Optional.ofNullable(labels == null ? null : labels.get(CLUSTER_LABEL))
        .filter(name -> !name.isBlank());
  }

  /**
   * How to reach the cluster {@code secret} registers; {@code hub} is the configuration of the
   * cluster the service runs in. Clients never retry on their own (a write that lost its answer is
   * not sent twice); the controller's next reconcile tries again.
   *
   * @throws IllegalArgumentException when the Secret has neither key, or an unreadable kubeconfig
   */
  static Connection connection(Secret secret, Config hub) {
    Map<String, String> data = decoded(secret);
    String kubeconfig = data.get(KUBECONFIG_KEY);
    if (kubeconfig != null && !kubeconfig.isBlank()) {
      Config config;
      try {
        config = Config.fromKubeconfig(kubeconfig);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("its kubeconfig cannot be read: " + e.getMessage(), e);
      }
      return new Connection(noRetries(config), kubeconfig);
    }
    if ("true".equalsIgnoreCase(data.getOrDefault(IN_CLUSTER_KEY, "").trim())) {
      return new Connection(noRetries(hub), InClusterKubeconfig.of(hub));
    }
    throw new IllegalArgumentException(
        "it has neither a \"" + KUBECONFIG_KEY + "\" nor \"" + IN_CLUSTER_KEY + ": true\"");
  }

  private static Config noRetries(Config config) {
    return new ConfigBuilder(config).withRequestRetryBackoffLimit(0).build();
  }

  private static Map<String, String> decoded(Secret secret) {
    Map<String, String> values = new HashMap<>();
    if (secret.getData() != null) {
      secret
          .getData()
          .forEach(
              (key, value) ->
                  values.put(
                      key,
                      new String(Base64.getMimeDecoder().decode(value), StandardCharsets.UTF_8)));
    }
    if (secret.getStringData() != null) {
      values.putAll(secret.getStringData());
    }
    return values;
  }
}

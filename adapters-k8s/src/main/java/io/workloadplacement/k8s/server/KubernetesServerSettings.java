package io.workloadplacement.k8s.server;

import io.workloadplacement.k8s.ClusterLocation;
import io.workloadplacement.rest.auth.ApiKey;
import io.workloadplacement.rest.auth.KeyGuessLimit;
import io.workloadplacement.rest.watch.WatchEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link KubernetesServer} connects to and how it listens.
 *
 * @param cluster where the API server is
 * @param namespace the namespace of the placements, the workspace ConfigMap, the API key Secret and
 *     the Lease; empty for the kubeconfig context's, or the service account's, else {@code default}
 * @param workspacesConfigMap the ConfigMap listing workspaces and their clusters
 * @param installDefinition install the CRD at start ({@code --install-crd}), for a development
 *     cluster
 * @param host the address to listen on
 * @param port the port, 0 for any free one
 * @param heartbeat how long a watch stream stays quiet before a heartbeat comment
 * @param allowedOrigins browser origins let in (CORS); empty for any loopback origin
 * @param stopTimeout how long stopping waits for requests in flight; zero stops at once
 * @param apiKeys API keys given directly (from {@code --api-keys-file})
 * @param apiKeysSecret a Secret of the namespace whose {@code api-keys} key lists more keys, read
 *     at start
 * @param keyGuessLimit wrong API keys one client address may send before it must wait
 * @param controller whether and how this replica drives placements
 */
public record KubernetesServerSettings(
    ClusterLocation cluster,
    Optional<String> namespace,
    String workspacesConfigMap,
    boolean installDefinition,
    String host,
    int port,
    Duration heartbeat,
    List<String> allowedOrigins,
    Duration stopTimeout,
    List<ApiKey> apiKeys,
    Optional<String> apiKeysSecret,
    KeyGuessLimit keyGuessLimit,
    ControllerSettings controller) {

  /** The workspace ConfigMap's name by default. */
  public static final String DEFAULT_WORKSPACES_CONFIGMAP = "workload-placement-workspaces";

  public KubernetesServerSettings {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(workspacesConfigMap, "workspacesConfigMap");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
    Objects.requireNonNull(heartbeat, "heartbeat");
    allowedOrigins = List.copyOf(allowedOrigins);
    if (stopTimeout.isNegative()) {
      throw new IllegalArgumentException("stopTimeout must not be negative");
    }
    apiKeys = List.copyOf(apiKeys);
    Objects.requireNonNull(apiKeysSecret, "apiKeysSecret");
    Objects.requireNonNull(keyGuessLimit, "keyGuessLimit");
    Objects.requireNonNull(controller, "controller");
  }

  /**
   * {@code cluster} in its configured namespace, the default ConfigMap, every address on port 8080,
   * a 15s heartbeat, loopback CORS, 5s to finish requests on stop, no authentication, no
   * controller.
   */
  public static KubernetesServerSettings defaults(ClusterLocation cluster) {
    return new KubernetesServerSettings(
        cluster,
        Optional.empty(),
        DEFAULT_WORKSPACES_CONFIGMAP,
        false,
        "0.0.0.0",
        8080,
        WatchEndpoint.DEFAULT_HEARTBEAT,
        List.of(),
        Duration.ofSeconds(5),
        List.of(),
        Optional.empty(),
        KeyGuessLimit.DEFAULT,
        ControllerSettings.off());
  }

  public KubernetesServerSettings withNamespace(String newNamespace) {
    return new KubernetesServerSettings(
        cluster,
        Optional.of(newNamespace),
        workspacesConfigMap,
        installDefinition,
        host,
        port,
        heartbeat,
        allowedOrigins,
        stopTimeout,
        apiKeys,
        apiKeysSecret,
        keyGuessLimit,
        controller);
  }

  public KubernetesServerSettings withWorkspacesConfigMap(String name) {
    return new KubernetesServerSettings(
        cluster,
        namespace,
        name,
        installDefinition,
        host,
        port,
        heartbeat,
        allowedOrigins,
        stopTimeout,
        apiKeys,
        apiKeysSecret,
        keyGuessLimit,
        controller);
  }

  public KubernetesServerSettings withInstallDefinition(boolean install) {
    return new KubernetesServerSettings(
        cluster,
        namespace,
        workspacesConfigMap,
        install,
        host,
        port,
        heartbeat,
        allowedOrigins,
        stopTimeout,
        apiKeys,
        apiKeysSecret,
        keyGuessLimit,
        controller);
  }

  public KubernetesServerSettings withAddress(String newHost, int newPort) {
    return new KubernetesServerSettings(
        cluster,
        namespace,
        workspacesConfigMap,
        installDefinition,
        newHost,
        newPort,
        heartbeat,
        allowedOrigins,
        stopTimeout,
        apiKeys,
        apiKeysSecret,
        keyGuessLimit,
        controller);
  }

  public KubernetesServerSettings withAllowedOrigins(List<String> origins) {
    return new KubernetesServerSettings(
        cluster,
        namespace,
        workspacesConfigMap,
        installDefinition,
        host,
        port,
        heartbeat,
        origins,
        stopTimeout,
        apiKeys,
        apiKeysSecret,
        keyGuessLimit,
        controller);
  }

  public KubernetesServerSettings withStopTimeout(Duration timeout) {
    return new KubernetesServerSettings(
        cluster,
        namespace,
        workspacesConfigMap,
        installDefinition,
        host,
        port,
        heartbeat,
        allowedOrigins,
        timeout,
        apiKeys,
        apiKeysSecret,
        keyGuessLimit,
        controller);
  }

  public KubernetesServerSettings withApiKeys(
      List<ApiKey> keys, Optional<String> secret, KeyGuessLimit limit) {
    return new KubernetesServerSettings(
        cluster,
        namespace,
        workspacesConfigMap,
        installDefinition,
        host,
        port,
        heartbeat,
        allowedOrigins,
        stopTimeout,
        keys,
        secret,
        limit,
        controller);
  }

  public KubernetesServerSettings withController(ControllerSettings newController) {
    return new KubernetesServerSettings(
        cluster,
        namespace,
        workspacesConfigMap,
        installDefinition,
        host,
        port,
        heartbeat,
        allowedOrigins,
        stopTimeout,
        apiKeys,
        apiKeysSecret,
        keyGuessLimit,
        newController);
  }
}

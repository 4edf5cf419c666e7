package io.workloadplacement.k8s.steps;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.workloadplacement.domain.model.BurstDuration;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.HelmFlags;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a helm step: {@code helm upgrade --install} of the step's release through a {@link
 * HelmRunner}, with its values, version and {@code helmFlags}, the target cluster's kubeconfig, and
 * the chart repository's credentials read from the Secret {@code secretRef} names (keys {@code
 * username} and {@code password}) in the service's namespace. {@link #remove} uninstalls it.
 */
public final class HelmStepExecutor implements StepExecutor<HelmConfig> {

  /** The reason of a failed install or upgrade. */
  public static final String INSTALL_FAILED = "HelmInstallFailed";

  private final KubernetesClient hub;
  private final String namespace;
  private final HelmRunner helm;

  /** Reads secrets from {@code namespace} through {@code hub} and runs Helm with {@code helm}. */
  public HelmStepExecutor(KubernetesClient hub, String namespace, HelmRunner helm) {
    this.hub = hub;
    this.namespace = namespace;
    this.helm = helm;
  }

  @Override
  public StepOutcome run(WorkerCluster cluster, String placement, HelmConfig config) {
    HelmRelease release;
    try {
      release = release(cluster, config);
    } catch (SecretProblem e) {
      return StepOutcome.failed("SecretNotFound", e.getMessage());
    }
    try {
      return StepOutcome.succeeded(helm.upgradeInstall(release));
    } catch (HelmRunner.HelmFailure e) {
      return StepOutcome.failed(
          INSTALL_FAILED, "helm release " + config.releaseName() + ": " + e.getMessage());
    }
  }

  @Override
  public StepOutcome remove(WorkerCluster cluster, String placement, HelmConfig config) {
    try {
      return StepOutcome.succeeded(
          helm.uninstall(config.releaseName(), config.releaseNamespace(), cluster.kubeconfig()));
    } catch (HelmRunner.HelmFailure e) {
      return StepOutcome.failed(
          "HelmUninstallFailed", "helm release " + config.releaseName() + ": " + e.getMessage());
    }
  }

  /** What Helm is asked to do for {@code config} on {@code cluster}. */
  HelmRelease release(WorkerCluster cluster, HelmConfig config) throws SecretProblem {
    String url = config.repoURL() == null ? "" : config.repoURL();
    String chart;
    Optional<HelmRelease.Repository> repository = Optional.empty();
    if (url.startsWith("oci://")) {
      chart = url.replaceAll("/+$", "") + "/" + config.chart();
    } else if (!url.isEmpty()) {
      String repoName = config.repoName() == null ? "repo" : config.repoName();
      chart = repoName + "/" + config.chart();
      Map<String, String> credentials = credentials(config.secretRef());
      repository =
          Optional.of(
              new HelmRelease.Repository(
                  repoName,
                  url,
                  Optional.ofNullable(credentials.get("username")),
                  Optional.ofNullable(credentials.get("password"))));
    } else {
      chart = config.chart();
    }
    return new HelmRelease(
        chart,
        Optional.ofNullable(config.version()).filter(v -> !v.isBlank()),
        config.releaseName(),
        config.releaseNamespace(),
        config.values(),
        cluster.kubeconfig(),
        repository,
        flags(config.helmFlags()));
  }

  private static HelmRelease.Flags flags(HelmFlags flags) {
    if (flags == null) {
      return HelmRelease.Flags.NONE;
    }
    Optional<Duration> timeout =
        Optional.ofNullable(flags.timeout())
            .filter(t -> !t.isBlank())
            .map(t -> BurstDuration.parse(t).duration());
    return new HelmRelease.Flags(
        Boolean.TRUE.equals(flags.atomic()),
        Boolean.TRUE.equals(flags.cleanupOnFail()),
        Boolean.TRUE.equals(flags.createNamespace()),
        Boolean.TRUE.equals(flags.skipCRDs()),
        Boolean.TRUE.equals(flags.waitReady()),
        timeout);
  }

  /** The keys of the Secret {@code secretRef}, decoded; none without a secretRef. */
  private Map<String, String> credentials(String secretRef) throws SecretProblem {
    if (secretRef == null || secretRef.isBlank()) {
      return Map.of();
    }
    Secret secret;
    try {
      secret = hub.secrets().inNamespace(namespace).withName(secretRef).get();
    } catch (KubernetesClientException e) {
      throw new SecretProblem(
          "cannot read the secret \"" + secretRef + "\" (HTTP " + e.getCode() + ")");
    }
    if (secret == null) {
      throw new SecretProblem(
          "the secret \"" + secretRef + "\" does not exist in namespace \"" + namespace + "\"");
    }
    Map<String, String> decoded = new java.util.HashMap<>();
    if (secret.getData() != null) {
      secret
          .getData()
          .forEach(
              (key, value) ->
                  decoded.put(
                      key, new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)));
    }
    if (secret.getStringData() != null) {
      decoded.putAll(secret.getStringData());
    }
    return decoded;
  }

  /** The secretRef cannot be read. */
  static final class SecretProblem extends Exception {
    private static final long serialVersionUID = 1L;

    SecretProblem(String message) {
      super(message, null, false, false);
    }
  }
}

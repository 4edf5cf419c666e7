package io.workloadplacement.k8s.steps;

/**
 * Runs Helm itself, behind a port so that the helm step can be tested without a cluster. Throws
 * {@link HelmFailure} when Helm fails.
 */
public interface HelmRunner {

  /** {@code helm upgrade --install} of {@code release}; answers what Helm reported. */
  String upgradeInstall(HelmRelease release);

  /** {@code helm uninstall} of {@code releaseName} in {@code namespace} on that cluster. */
  String uninstall(String releaseName, String namespace, String kubeconfig);

  /** Helm failed; the message is Helm's. */
  final class HelmFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HelmFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

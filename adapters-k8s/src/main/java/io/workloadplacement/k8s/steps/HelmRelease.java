package io.workloadplacement.k8s.steps;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to install or upgrade one Helm release on one cluster, resolved from a helm
 * step: what {@link HelmRunner} is handed.
 *
 * @param chart the chart as Helm names it: {@code repo/chart}, {@code oci://...} or a local path
 * @param version the chart version, when pinned
 * @param releaseName the release
 * @param namespace the release's namespace
 * @param values the values, written to a file for Helm
 * @param kubeconfig the target cluster's kubeconfig, its contents
 * @param repository the chart repository to add first, with its credentials, when there is one
 * @param flags the step's Helm flags
 */
public record HelmRelease(
    String chart,
    Optional<String> version,
    String releaseName,
    String namespace,
    Map<String, Object> values,
    String kubeconfig,
    Optional<Repository> repository,
    Flags flags) {

  public HelmRelease {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(releaseName, "releaseName");
    Objects.requireNonNull(namespace, "namespace");
    values = values == null ? Map.of() : values;
    Objects.requireNonNull(kubeconfig, "kubeconfig");
  }

  /** A chart repository; {@code username} and {@code password} from the step's secretRef. */
  public record Repository(
      String name, String url, Optional<String> username, Optional<String> password) {

    @Override
    public String toString() {
      // never the password
      return "Repository[" + name + " " + url + username.map(u -> " as " + u).orElse("") + "]";
    }
  }

  /** Helm's own flags, as the step's {@code helmFlags} set them. */
  public record Flags(
      boolean atomic,
      boolean cleanupOnFail,
      boolean createNamespace,
      boolean skipCrds,
      boolean waitReady,
      Optional<Duration> timeout) {

    /** No flag set. */
    public static final Flags NONE = new Flags(false, false, false, false, false, Optional.empty());
  }
}

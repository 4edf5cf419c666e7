package io.workloadplacement.simulator.cluster;

import io.workloadplacement.domain.model.JsonObjects;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Helm release a helm step installed on a simulated cluster.
 *
 * @param revision 1 on install, one more on every upgrade of the same release
 * @param owner the placement whose step installed it last
 */
public record HelmRelease(
    String name,
    String namespace,
    String chart,
    Optional<String> version,
    String repoName,
    String repoURL,
    Map<String, Object> values,
    int revision,
    String owner,
    Instant deployedAt) {

  public HelmRelease {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(version, "version");
    values = values == null ? Map.of() : JsonObjects.freeze(values);
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(deployedAt, "deployedAt");
  }
}

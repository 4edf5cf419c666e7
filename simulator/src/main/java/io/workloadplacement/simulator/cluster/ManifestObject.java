package io.workloadplacement.simulator.cluster;

import io.workloadplacement.domain.model.JsonObjects;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Kubernetes object a manifest step applied on a simulated cluster.
 *
 * @param namespace empty for a cluster-scoped object
 * @param data the manifest's data, as sent
 * @param owner the placement whose step applied it last
 */
public record ManifestObject(
    String apiVersion,
    String kind,
    Optional<String> namespace,
    String name,
    Map<String, Object> data,
    String owner,
    Instant appliedAt) {

  public ManifestObject {
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    data = data == null ? Map.of() : JsonObjects.freeze(data);
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(appliedAt, "appliedAt");
  }

  /** What identifies the object in a cluster: group/version, kind, namespace and name. */
  String key() {
    return apiVersion + "/" + kind + "/" + namespace.orElse("") + "/" + name;
  }
}

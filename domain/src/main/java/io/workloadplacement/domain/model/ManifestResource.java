package io.workloadplacement.domain.model;

import io.workloadplacement.domain.model.validation.DnsLabel;
import io.workloadplacement.domain.model.validation.DnsSubdomain;
import io.workloadplacement.domain.model.validation.ManifestShape;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Optional;

/**
 * One Kubernetes object to apply, in one of two shapes. v1.15: {@code apiVersion}, {@code kind}, a
 * {@code namespace} (null: cluster scoped) and {@code data} (for ConfigMap and Secret the object's
 * data, for any other kind its top-level content, for example {@code {"spec": {...}}}), the object
 * named {@code name}. SDK (contract section 7): {@code manifest} holds the whole object, {@code
 * name} is only the step key. Each item keeps the shape it was sent in.
 */
@ManifestShape
public record ManifestResource(
    @NotNull @DnsSubdomain String name,
    @DnsLabel String namespace,
    String apiVersion,
    String kind,
    Map<String, Object> data,
    Map<String, Object> manifest) {

  public ManifestResource {
    data = JsonObjects.freeze(data);
    manifest = JsonObjects.freeze(manifest);
  }

  /** An item of the v1.15 shape. */
  public ManifestResource(
      String name, String namespace, String apiVersion, String kind, Map<String, Object> data) {
    this(name, namespace, apiVersion, kind, data, null);
  }

  /** An item of the SDK's shape: {@code manifest} is the whole Kubernetes object. */
  public static ManifestResource ofManifest(String name, Map<String, Object> manifest) {
    return new ManifestResource(name, null, null, null, null, manifest);
  }

  /** True when the item was sent as a whole Kubernetes object. */
  public boolean isWholeObject() {
    return manifest != null;
  }

  /** The object's apiVersion, whichever the shape. */
  public String objectApiVersion() {
    return isWholeObject() ? (String) manifest.get("apiVersion") : apiVersion;
  }

  /** The object's kind, whichever the shape. */
  public String objectKind() {
    return isWholeObject() ? (String) manifest.get("kind") : kind;
  }

  /** The object's metadata.name, whichever the shape. */
  public String objectName() {
    return isWholeObject() ? (String) metadata().get("name") : name;
  }

  /** The object's namespace, whichever the shape; empty when cluster scoped. */
  public Optional<String> objectNamespace() {
    return Optional.ofNullable(isWholeObject() ? (String) metadata().get("namespace") : namespace);
  }

  private Map<?, ?> metadata() {
    return manifest.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
  }
}

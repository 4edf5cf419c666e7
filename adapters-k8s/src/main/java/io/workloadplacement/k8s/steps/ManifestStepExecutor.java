package io.workloadplacement.k8s.steps;

import io.fabric8.kubernetes.api.Pluralize;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.workloadplacement.domain.model.ManifestResource;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs a manifest step: the object is applied server-side with the service's field manager ({@link
 * StepExecutor#FIELD_MANAGER}), labelled with the placement's name ({@link
 * StepExecutor#PLACEMENT_LABEL}), so that {@link #remove} deletes it only when this placement
 * deployed it. Applies never force: a field another manager owns fails the step.
 */
public final class ManifestStepExecutor implements StepExecutor<ManifestResource> {

  /** How an object is written. */
  public enum Verb {
    /** Server-side apply: what a real API server is sent. */
    SERVER_SIDE_APPLY,
    /**
     * Create, or replace at the version read: the closest verb fabric8's mock API server carries
     * out, which has no server-side apply. Tests only.
     */
    CREATE_OR_REPLACE
  }

  private static final Set<String> DATA_KINDS = Set.of("ConfigMap", "Secret");

  private final Verb verb;

  /** An executor that writes with {@code verb}. */
  public ManifestStepExecutor(Verb verb) {
    this.verb = verb;
  }

  @Override
  public StepOutcome run(WorkerCluster cluster, String placement, ManifestResource manifest) {
    GenericKubernetesResource object = object(placement, manifest);
    try {
      var target = scoped(cluster.client(), manifest).resource(object);
      if (verb == Verb.SERVER_SIDE_APPLY) {
        target.fieldManager(FIELD_MANAGER).serverSideApply();
      } else {
        GenericKubernetesResource current =
            scoped(cluster.client(), manifest).withName(manifest.objectName()).get();
        if (current == null) {
          target.create();
        } else {
          object.getMetadata().setResourceVersion(current.getMetadata().getResourceVersion());
          scoped(cluster.client(), manifest).resource(object).update();
        }
      }
      return StepOutcome.succeeded(describe(manifest) + " applied");
    } catch (KubernetesClientException e) {
      return StepOutcome.failed(
          "ManifestApplyFailed",
          describe(manifest)
              + " could not be applied (HTTP "
              + e.getCode()
              + "): "
              + e.getMessage());
    }
  }

  @Override
  public StepOutcome remove(WorkerCluster cluster, String placement, ManifestResource manifest) {
    try {
      Resource<GenericKubernetesResource> object =
          scoped(cluster.client(), manifest).withName(manifest.objectName());
      GenericKubernetesResource current = object.get();
      if (current == null) {
        return StepOutcome.succeeded(describe(manifest) + " was not there");
      }
      Map<String, String> labels = current.getMetadata().getLabels();
      if (labels == null || !placement.equals(labels.get(PLACEMENT_LABEL))) {
        return StepOutcome.succeeded(
            describe(manifest) + " kept: placement " + placement + " did not deploy it");
      }
      // at the version just read, so an object someone replaced meanwhile is not deleted blindly
      object.lockResourceVersion(current.getMetadata().getResourceVersion()).delete();
      return StepOutcome.succeeded(describe(manifest) + " deleted");
    } catch (KubernetesClientException e) {
      return StepOutcome.failed(
          "ManifestDeleteFailed",
          describe(manifest)
              + " could not be deleted (HTTP "
              + e.getCode()
              + "): "
              + e.getMessage());
    }
  }

  /**
   * The object {@code manifest} describes: a whole object as sent (the SDK's shape); otherwise for
   * a ConfigMap or a Secret its {@code data} is the object's {@code data}, and for any other kind
   * it is the object's top-level content (contract). Either way labelled with the placement.
   */
  static GenericKubernetesResource object(String placement, ManifestResource manifest) {
    GenericKubernetesResource object = new GenericKubernetesResource();
    object.setApiVersion(manifest.objectApiVersion());
    object.setKind(manifest.objectKind());
    Map<String, String> labels = new HashMap<>();
    ObjectMetaBuilder metadata =
        new ObjectMetaBuilder()
            .withName(manifest.objectName())
            .withNamespace(manifest.objectNamespace().orElse(null));
    Map<String, Object> content;
    if (manifest.isWholeObject()) {
      content = manifest.manifest();
      if (content.get("metadata") instanceof Map<?, ?> sent) {
        labels.putAll(strings(sent.get("labels")));
        metadata.withAnnotations(strings(sent.get("annotations")));
      }
    } else {
      Map<String, Object> data = manifest.data() == null ? Map.of() : manifest.data();
      content = DATA_KINDS.contains(manifest.kind()) ? Map.of("data", data) : data;
    }
    labels.put(PLACEMENT_LABEL, placement);
    object.setMetadata(metadata.withLabels(labels).build());
    content.forEach(
        (key, value) -> {
          if (!List.of("apiVersion", "kind", "metadata").contains(key)) {
            object.setAdditionalProperty(key, value);
          }
        });
    return object;
  }

  /** The string entries of {@code map} (labels, annotations), none when it is not a map. */
  private static Map<String, String> strings(Object map) {
    Map<String, String> strings = new HashMap<>();
    if (map instanceof Map<?, ?> m) {
      m.forEach(
          (key, value) -> {
            if (key instanceof String k && value instanceof String v) {
              strings.put(k, v);
            }
          });
    }
    return strings;
  }

  private static NonNamespaceOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      scoped(KubernetesClient client, ManifestResource manifest) {
    var resources = client.genericKubernetesResources(context(manifest));
    return manifest
        .objectNamespace()
        .<NonNamespaceOperation<
                GenericKubernetesResource,
                GenericKubernetesResourceList,
                Resource<GenericKubernetesResource>>>
            map(resources::inNamespace)
        .orElse(resources);
  }

  /** Where objects of the manifest's kind are, without discovery (which the mock lacks). */
  private static ResourceDefinitionContext context(ManifestResource manifest) {
    String apiVersion = manifest.objectApiVersion();
    int slash = apiVersion.indexOf('/');
    return new ResourceDefinitionContext.Builder()
        .withGroup(slash < 0 ? "" : apiVersion.substring(0, slash))
        .withVersion(slash < 0 ? apiVersion : apiVersion.substring(slash + 1))
        .withKind(manifest.objectKind())
        .withPlural(Pluralize.toPlural(manifest.objectKind().toLowerCase(Locale.ROOT)))
        .withNamespaced(manifest.objectNamespace().isPresent())
        .build();
  }

  private static String describe(ManifestResource manifest) {
    return manifest.objectKind().toLowerCase(Locale.ROOT) + "/" + manifest.objectName();
  }
}

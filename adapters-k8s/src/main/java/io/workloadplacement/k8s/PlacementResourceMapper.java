package io.workloadplacement.k8s;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.model.BurstDuration;
import io.workloadplacement.domain.model.ClusterPlacementDecision;
import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.Condition;
import io.workloadplacement.domain.model.ConditionStatus;
import io.workloadplacement.domain.model.DurationText;
import io.workloadplacement.domain.model.GprDetails;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.HelmFlags;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.Phase;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.StepDraft;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place where a domain {@link WorkloadPlacement} becomes a {@link
 * WorkloadPlacementResource} and back. The round trip is lossless: instants keep their nanoseconds,
 * free-form {@code values} and {@code data} are copied as JSON, {@code secretRef} is kept.
 *
 * <p>Reading is lenient about what a person may leave out when writing a placement with {@code
 * kubectl}: without the created-at annotation the object's creationTimestamp is used, and without a
 * status the placement is Pending since it was created. Anything present but unreadable is an
 * {@link IllegalArgumentException}.
 */
final class PlacementResourceMapper {

  private final Supplier<String> writeStamps;

  /** A mapper that stamps every resource it builds with a fresh value from {@code writeStamps}. */
  PlacementResourceMapper(Supplier<String> writeStamps) {
    this.writeStamps = writeStamps;
  }

  /** The resource to write for {@code placement}, without a resourceVersion. */
  WorkloadPlacementResource toResource(WorkloadPlacement placement) {
    return toResource(placement, new ObjectMeta());
  }

  /**
   * The resource to write for {@code placement} over an object whose metadata is {@code current}:
   * whatever others put there (labels, annotations, finalizers, ownerReferences) is kept, and only
   * this adapter's own labels, annotations and {@link CleanupFinalizer} are written. The
   * resourceVersion is {@code current}'s.
   */
  WorkloadPlacementResource toResource(WorkloadPlacement placement, ObjectMeta current) {
    WorkloadPlacementResource resource = new WorkloadPlacementResource();
    ObjectMeta metadata = new ObjectMetaBuilder(current).build();
    metadata.setName(placement.name());
    Map<String, String> labels = new LinkedHashMap<>(orEmpty(metadata.getLabels()));
    labels.putAll(PlacementLabels.of(placement.workspaceName(), placement.provisioningStatus()));
    metadata.setLabels(labels);
    Map<String, String> annotations = new LinkedHashMap<>(orEmpty(metadata.getAnnotations()));
    annotations.put(PlacementLabels.CREATED_AT, placement.createdAt().toString());
    annotations.remove(PlacementLabels.UPDATED_AT);
    placement
        .lastChanged()
        .ifPresent(at -> annotations.put(PlacementLabels.UPDATED_AT, at.toString()));
    annotations.put(PlacementLabels.WRITE_STAMP, writeStamps.get());
    metadata.setAnnotations(annotations);
    metadata.setFinalizers(
        CleanupFinalizer.finalizersFor(metadata, placement.provisioningStatus()));
    resource.setMetadata(metadata);
    resource.setSpec(spec(placement.spec()));
    resource.setStatus(status(placement.status()));
    return resource;
  }

  /** The placement {@code resource} holds, at its resourceVersion. */
  VersionedPlacement toDomain(WorkloadPlacementResource resource) {
    ObjectMeta metadata = resource.getMetadata();
    Map<String, String> annotations =
        metadata.getAnnotations() == null ? Map.of() : metadata.getAnnotations();
    Instant createdAt =
        Instant.parse(
            annotations.getOrDefault(PlacementLabels.CREATED_AT, metadata.getCreationTimestamp()));
    Instant updatedAt = instant(annotations.get(PlacementLabels.UPDATED_AT));
    PlacementStatus status =
        resource.getStatus() == null
            ? PlacementStatus.pending(createdAt)
            : status(resource.getStatus());
    WorkloadPlacement placement =
        new WorkloadPlacement(spec(resource.getSpec()), status, createdAt, updatedAt);
    return new VersionedPlacement(
        placement, metadata.getResourceVersion(), sequenceOf(metadata.getResourceVersion()));
  }

  /**
   * The write's place in the store's order. Clients of Kubernetes treat a resourceVersion as
   * opaque; this adapter is the backend and relies on what the API server makes it: etcd's
   * modification revision, an integer that grows with every write to the cluster.
   */
  private static long sequenceOf(String resourceVersion) {
    try {
      return Long.parseLong(resourceVersion);
    } catch (NumberFormatException e) {
      throw new StoreUnavailableException(
          "the API server sent resourceVersion \"" + resourceVersion + "\", not a revision", e);
    }
  }

  // --- spec: domain -> resource

  private static WorkloadPlacementResource.Spec spec(WorkloadPlacementSpec spec) {
    return new WorkloadPlacementResource.Spec(
        spec.workspaceName(),
        spec.name(),
        spec.clusters(),
        spec.burstDuration().map(BurstDuration::text).orElse(null),
        spec.deletionPolicy().wireName(),
        map(spec.helmConfigs(), PlacementResourceMapper::helmConfig),
        map(spec.manifestResources(), PlacementResourceMapper::manifest),
        map(spec.cmdExec(), c -> new WorkloadPlacementResource.CommandExecution(c.name(), c.cmd())),
        map(spec.steps(), s -> new WorkloadPlacementResource.Step(s.name(), s.type().wireName())),
        spec.numPlacements(),
        spec.workloadTemplateName(),
        spec.serviceAccountName(),
        spec.enableBurst(),
        spec.enableEGS(),
        gprDetails(spec.gprDetails()));
  }

  private static WorkloadPlacementResource.GprDetails gprDetails(GprDetails g) {
    return g == null
        ? null
        : new WorkloadPlacementResource.GprDetails(
            g.memoryPerGpu(),
            g.enableAutoGpuSelection(),
            g.numberOfGPUs(),
            g.numberOfGPUNodes(),
            g.instanceType(),
            g.gpuShape(),
            g.exitDuration(),
            g.priority());
  }

  private static WorkloadPlacementResource.HelmConfig helmConfig(HelmConfig c) {
    HelmFlags f = c.helmFlags();
    return new WorkloadPlacementResource.HelmConfig(
        c.chart(),
        c.releaseName(),
        c.releaseNamespace(),
        c.repoName(),
        c.repoURL(),
        c.secretRef(),
        c.values(),
        c.name(),
        c.version(),
        f == null
            ? null
            : new WorkloadPlacementResource.HelmFlags(
                f.atomic(),
                f.cleanupOnFail(),
                f.createNamespace(),
                f.skipCRDs(),
                f.waitReady(),
                f.timeout()));
  }

  private static WorkloadPlacementResource.ManifestResource manifest(ManifestResource m) {
    return new WorkloadPlacementResource.ManifestResource(
        m.name(), m.namespace(), m.apiVersion(), m.kind(), m.data(), m.manifest());
  }

  // --- spec: resource -> domain

  private static WorkloadPlacementSpec spec(WorkloadPlacementResource.Spec spec) {
    if (spec == null) {
      throw new IllegalArgumentException("the resource has no spec");
    }
    return new PlacementDraft(
            spec.workspaceName(),
            spec.name(),
            spec.clusters(),
            spec.burstDuration(),
            spec.deletionPolicy(),
            map(spec.helmConfigs(), PlacementResourceMapper::helmConfig),
            map(spec.manifestResources(), PlacementResourceMapper::manifest),
            map(spec.cmdExec(), c -> new CommandExecution(c.name(), c.cmd())),
            map(spec.steps(), s -> new StepDraft(s.name(), s.type())),
            spec.numPlacements(),
            spec.workloadTemplateName(),
            spec.serviceAccountName(),
            spec.enableBurst(),
            spec.enableEGS(),
            gprDetails(spec.gprDetails()))
        .toSpec();
  }

  private static GprDetails gprDetails(WorkloadPlacementResource.GprDetails g) {
    return g == null
        ? null
        : new GprDetails(
            g.memoryPerGpu(),
            g.enableAutoGpuSelection(),
            g.numberOfGPUs(),
            g.numberOfGPUNodes(),
            g.instanceType(),
            g.gpuShape(),
            g.exitDuration(),
            g.priority());
  }

  private static HelmConfig helmConfig(WorkloadPlacementResource.HelmConfig c) {
    WorkloadPlacementResource.HelmFlags f = c.helmFlags();
    return new HelmConfig(
        c.chart(),
        c.releaseName(),
        c.releaseNamespace(),
        c.repoName(),
        c.repoURL(),
        c.secretRef(),
        c.values(),
        c.name(),
        c.version(),
        f == null
            ? null
            : new HelmFlags(
                f.atomic(),
                f.cleanupOnFail(),
                f.createNamespace(),
                f.skipCRDs(),
                f.waitReady(),
                f.timeout()));
  }

  private static ManifestResource manifest(WorkloadPlacementResource.ManifestResource m) {
    return new ManifestResource(
        m.name(), m.namespace(), m.apiVersion(), m.kind(), m.data(), m.manifest());
  }

  // --- status, both ways

  private static WorkloadPlacementResource.Status status(PlacementStatus s) {
    return new WorkloadPlacementResource.Status(
        s.provisioningStatus().wireName(),
        s.phase().wireName(),
        StoredSize.statusMessage(s.message()),
        map(
            s.conditions(),
            c ->
                new WorkloadPlacementResource.Condition(
                    c.type(),
                    c.status().wireName(),
                    c.reason(),
                    StoredSize.statusMessage(c.message()),
                    c.lastTransitionTime().toString())),
        map(s.clusterPlacementDecisions(), PlacementResourceMapper::decision),
        s.lastUpdated().toString());
  }

  private static WorkloadPlacementResource.ClusterPlacementDecision decision(
      ClusterPlacementDecision d) {
    return new WorkloadPlacementResource.ClusterPlacementDecision(
        d.clusterName(),
        d.phase().wireName(),
        d.currentStep(),
        text(d.startTime()),
        text(d.completionTime()),
        map(
            d.stepResults(),
            r ->
                new WorkloadPlacementResource.StepResult(
                    r.name(),
                    r.type().wireName(),
                    r.success(),
                    DurationText.formatExact(r.duration()),
                    StoredSize.stepMessage(r.message()))));
  }

  private static PlacementStatus status(WorkloadPlacementResource.Status s) {
    return new PlacementStatus(
        wire(ProvisioningStatus.fromWireName(s.provisioningStatus()), s.provisioningStatus()),
        s.message(),
        list(s.conditions()).stream()
            .map(
                c ->
                    new Condition(
                        c.type(),
                        wire(conditionStatus(c.status()), c.status()),
                        c.reason(),
                        c.message(),
                        Instant.parse(c.lastTransitionTime())))
            .toList(),
        list(s.clusterPlacementDecisions()).stream()
            .map(PlacementResourceMapper::decision)
            .toList(),
        Instant.parse(s.lastUpdated()));
  }

  private static ClusterPlacementDecision decision(
      WorkloadPlacementResource.ClusterPlacementDecision d) {
    return new ClusterPlacementDecision(
        d.clusterName(),
        wire(phase(d.phase()), d.phase()),
        d.currentStep(),
        instant(d.startTime()),
        instant(d.completionTime()),
        list(d.stepResults()).stream()
            .map(
                r ->
                    new StepResult(
                        r.name(),
                        wire(StepType.fromWireName(r.type()), r.type()),
                        Boolean.TRUE.equals(r.success()),
                        DurationText.parse(r.duration()),
                        r.message()))
            .toList());
  }

  // --- small helpers

  private static Optional<Phase> phase(String text) {
    return Arrays.stream(Phase.values()).filter(p -> p.wireName().equals(text)).findFirst();
  }

  private static Optional<ConditionStatus> conditionStatus(String text) {
    return Arrays.stream(ConditionStatus.values())
        .filter(s -> s.wireName().equals(text))
        .findFirst();
  }

  private static <T> T wire(Optional<T> parsed, String text) {
    return parsed.orElseThrow(() -> new IllegalArgumentException("unknown value \"" + text + "\""));
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static Map<String, String> orEmpty(Map<String, String> map) {
    return map == null ? Map.of() : map;
  }

  private static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** Maps each element, keeping a null list null and null elements null. */
  private static <A, B> List<B> map(List<A> list, Function<A, B> mapping) {
    return list == null
        ? null
        : list.stream().map(a -> a == null ? null : mapping.apply(a)).toList();
  }
}

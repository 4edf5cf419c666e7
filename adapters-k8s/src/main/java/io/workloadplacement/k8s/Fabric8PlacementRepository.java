package io.workloadplacement.k8s;

import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.StatusDetails;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.workloadplacement.domain.failure.DeletionPendingException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.out.PlacementRepository;
import java.time.DateTimeException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link PlacementRepository} on a Kubernetes API server: each placement is a namespaced {@code
 * WorkloadPlacement} custom resource ({@code worker.kubeslice.io/v1alpha1}) in one namespace, and
 * its version is the object's {@code metadata.resourceVersion}. Replace is an update carrying the
 * expected resourceVersion and delete carries it as a precondition, so the API server itself
 * refuses a stale write with 409 Conflict, whichever replica of the service sent it.
 *
 * <p>Build one with {@link KubernetesStore#placementRepository()}.
 */
public final class Fabric8PlacementRepository implements PlacementRepository {

  private final NonNamespaceOperation<
          WorkloadPlacementResource,
          KubernetesResourceList<WorkloadPlacementResource>,
          Resource<WorkloadPlacementResource>>
      resources;
  private final PlacementResourceMapper mapper;
  private final ReadRetries reads;

  /** A repository of the placements in {@code namespace}, through {@code client}. */
  Fabric8PlacementRepository(KubernetesClient client, String namespace, ReadRetries reads) {
    this.resources = client.resources(WorkloadPlacementResource.class).inNamespace(namespace);
    this.mapper = new PlacementResourceMapper(() -> UUID.randomUUID().toString());
    this.reads = reads;
  }

  @Override
  public Optional<VersionedPlacement> find(String name) {
    return visible(name).map(this::toDomain);
  }

  @Override
  public VersionedPlacement insert(WorkloadPlacement placement) {
    WorkloadPlacementResource resource = mapper.toResource(placement);
    StoredSize.check(resource);
    try {
      return toDomain(resources.resource(resource).create());
    } catch (KubernetesClientException e) {
      return landed(resource, e)
          .orElseThrow(() -> KubernetesFailures.onCreate(placement.name(), e));
    }
  }

  /**
   * Reads the object first, to write over its metadata (others' labels, annotations, finalizers and
   * ownerReferences are kept), then PUTs it at {@code expectedVersion}, which the API server
   * checks.
   */
  @Override
  public VersionedPlacement replace(WorkloadPlacement placement, String expectedVersion) {
    Objects.requireNonNull(expectedVersion);
    WorkloadPlacementResource current =
        visible(placement.name())
            .orElseThrow(() -> new PlacementNotFoundException(placement.name()));
    if (!expectedVersion.equals(current.getMetadata().getResourceVersion())) {
      throw new VersionConflictException(placement.name(), expectedVersion);
    }
    WorkloadPlacementResource resource = mapper.toResource(placement, current.getMetadata());
    // With a resourceVersion set, update() is a plain PUT that the API server accepts only at
    // that version; fabric8 fetches the current version (an unconditional write) only without one.
    resource.getMetadata().setResourceVersion(expectedVersion);
    StoredSize.check(resource);
    try {
      return toDomain(resources.resource(resource).update());
    } catch (KubernetesClientException e) {
      return landed(resource, e)
          .orElseThrow(
              () ->
                  KubernetesFailures.onConditionalWrite(
                      "replace", placement.name(), expectedVersion, e));
    }
  }

  /**
   * Deletes at {@code expectedVersion}. When others' finalizers hold the object, the API server
   * only marks it for deletion: that is reported as {@link DeletionPendingException}, not as done.
   * This adapter's own {@link CleanupFinalizer} holds it too, but only until a controller has
   * cleaned up: to clients the placement is deleted at once.
   */
  @Override
  public void delete(String name, String expectedVersion) {
    List<StatusDetails> deleted;
    try {
      // lockResourceVersion makes fabric8 send DeleteOptions.preconditions.resourceVersion.
      deleted = resources.withName(name).lockResourceVersion(expectedVersion).delete();
    } catch (KubernetesClientException e) {
      if (!answerLost(e) || !deletionLanded(name)) {
        throw KubernetesFailures.onConditionalWrite("delete", name, expectedVersion, e);
      }
      failIfPending(name);
      return;
    }
    // fabric8 answers a 404 on a named delete with an empty list rather than an exception.
    if (deleted.isEmpty()) {
      throw new PlacementNotFoundException(name);
    }
    failIfPending(name);
  }

  /** The stored object, unless it is deleted as far as clients can tell. */
  private Optional<WorkloadPlacementResource> visible(String name) {
    return stored(name).filter(r -> !CleanupFinalizer.deletedForClients(r.getMetadata()));
  }

  private Optional<WorkloadPlacementResource> stored(String name) {
    try {
      return Optional.ofNullable(reads.read(() -> resources.withName(name).get()));
    } catch (KubernetesClientException e) {
      throw KubernetesFailures.onRead(name, e);
    }
  }

  /** No answer or a server error: the write may or may not have been applied. */
  private static boolean answerLost(KubernetesClientException e) {
    return e.getCode() == 0 || e.getCode() >= 500;
  }

  /**
   * After a create or update that failed with {@code e}, the object as stored when the failure was
   * a lost answer and the stored object carries this write's stamp, so the write did land.
   */
  private Optional<VersionedPlacement> landed(
      WorkloadPlacementResource written, KubernetesClientException e) {
    if (!answerLost(e)) {
      return Optional.empty();
    }
    String stamp = written.getMetadata().getAnnotations().get(PlacementLabels.WRITE_STAMP);
    try {
      return stored(written.getMetadata().getName())
          .filter(r -> stamp.equals(annotation(r, PlacementLabels.WRITE_STAMP)))
          .map(this::toDomain);
    } catch (StoreUnavailableException unreadable) {
      return Optional.empty();
    }
  }

  /** After a delete whose answer was lost: whether the object is gone or marked for deletion. */
  private boolean deletionLanded(String name) {
    try {
      return stored(name).map(r -> r.getMetadata().getDeletionTimestamp() != null).orElse(true);
    } catch (StoreUnavailableException unreadable) {
      return false;
    }
  }

  private void failIfPending(String name) {
    Optional<WorkloadPlacementResource> left;
    try {
      left = stored(name);
    } catch (StoreUnavailableException unreadable) {
      // the delete was accepted; whether finalizers hold it cannot be told now
      return;
    }
    left.filter(r -> r.getMetadata().getDeletionTimestamp() != null)
        .map(r -> CleanupFinalizer.othersOf(r.getMetadata().getFinalizers()))
        .filter(finalizers -> !finalizers.isEmpty())
        .ifPresent(
            finalizers -> {
              throw new DeletionPendingException(name, finalizers);
            });
  }

  private static String annotation(WorkloadPlacementResource resource, String key) {
    Map<String, String> annotations = resource.getMetadata().getAnnotations();
    return annotations == null ? null : annotations.get(key);
  }

  /**
   * Lists with the filter as a label selector, then orders by name and pages in memory. Kubernetes'
   * own continue tokens are not used: they resume one consistent snapshot, expire with etcd
   * compaction (410 Gone after minutes) and cannot start after an arbitrary name, while the
   * domain's token is the last name returned and must stay valid while placements come and go.
   */
  @Override
  public List<VersionedPlacement> list(
      PlacementFilter filter, Optional<String> afterName, int limit) {
    List<WorkloadPlacementResource> items;
    try {
      items =
          reads.read(
              () -> resources.withLabels(PlacementLabels.selectorFor(filter)).list().getItems());
    } catch (KubernetesClientException e) {
      throw KubernetesFailures.onRead("list", e);
    }
    // The selector does the work; matching again only guards against labels someone edited out of
    // step with the status. The stream is lazy: only what is returned gets mapped.
    return items.stream()
        .filter(r -> !CleanupFinalizer.deletedForClients(r.getMetadata()))
        .filter(r -> afterName.map(after -> nameOf(r).compareTo(after) > 0).orElse(true))
        .sorted(Comparator.comparing(Fabric8PlacementRepository::nameOf))
        .map(this::toDomain)
        .filter(v -> filter.matches(v.placement()))
        .limit(limit)
        .toList();
  }

  private static String nameOf(WorkloadPlacementResource resource) {
    return resource.getMetadata().getName();
  }

  private VersionedPlacement toDomain(WorkloadPlacementResource resource) {
    try {
      return mapper.toDomain(resource);
    } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
      throw KubernetesFailures.malformed(nameOf(resource), e);
    }
  }
}

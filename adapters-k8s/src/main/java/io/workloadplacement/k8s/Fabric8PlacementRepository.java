package io.workloadplacement.k8s;

import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.StatusDetails;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.out.PlacementRepository;
import java.time.DateTimeException;
import java.util.Comparator;
import java.util.List;
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

  /** A repository of the placements in {@code namespace}, through {@code client}. */
  Fabric8PlacementRepository(KubernetesClient client, String namespace) {
    this.resources = client.resources(WorkloadPlacementResource.class).inNamespace(namespace);
    this.mapper = new PlacementResourceMapper(() -> UUID.randomUUID().toString());
  }

  @Override
  public Optional<VersionedPlacement> find(String name) {
    WorkloadPlacementResource found;
    try {
      found = resources.withName(name).get();
    } catch (KubernetesClientException e) {
      throw KubernetesFailures.onRead(name, e);
    }
    return Optional.ofNullable(found).map(this::toDomain);
  }

  @Override
  public VersionedPlacement insert(WorkloadPlacement placement) {
    try {
      return toDomain(resources.resource(mapper.toResource(placement)).create());
    } catch (KubernetesClientException e) {
      throw KubernetesFailures.onCreate(placement.name(), e);
    }
  }

  @Override
  public VersionedPlacement replace(WorkloadPlacement placement, String expectedVersion) {
    WorkloadPlacementResource resource = mapper.toResource(placement);
    // With a resourceVersion set, update() is a plain PUT that the API server accepts only at
    // that version; fabric8 fetches the current version (an unconditional write) only without one.
    resource.getMetadata().setResourceVersion(Objects.requireNonNull(expectedVersion));
    try {
      return toDomain(resources.resource(resource).update());
    } catch (KubernetesClientException e) {
      throw KubernetesFailures.onConditionalWrite("replace", placement.name(), expectedVersion, e);
    }
  }

  @Override
  public void delete(String name, String expectedVersion) {
    List<StatusDetails> deleted;
    try {
      // lockResourceVersion makes fabric8 send DeleteOptions.preconditions.resourceVersion.
      deleted = resources.withName(name).lockResourceVersion(expectedVersion).delete();
    } catch (KubernetesClientException e) {
      throw KubernetesFailures.onConditionalWrite("delete", name, expectedVersion, e);
    }
    // fabric8 answers a 404 on a named delete with an empty list rather than an exception.
    if (deleted.isEmpty()) {
      throw new PlacementNotFoundException(name);
    }
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
      items = resources.withLabels(PlacementLabels.selectorFor(filter)).list().getItems();
    } catch (KubernetesClientException e) {
      throw KubernetesFailures.onRead("list", e);
    }
    // The selector does the work; matching again only guards against labels someone edited out of
    // step with the status. The stream is lazy: only what is returned gets mapped.
    return items.stream()
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

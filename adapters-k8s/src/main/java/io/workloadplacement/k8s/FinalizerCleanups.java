package io.workloadplacement.k8s;

import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.k8s.controller.DeletedPlacements;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DeletedPlacements} on the {@link CleanupFinalizer}: the placements marked for deletion
 * that it holds, and its removal once the controller has cleaned up, after which the API server
 * removes the object.
 */
final class FinalizerCleanups implements DeletedPlacements {

  private static final Logger LOG = LoggerFactory.getLogger(FinalizerCleanups.class);
  // a write of another replica or of kubectl between the read and the update: read again
  private static final int CONFLICT_RETRIES = 5;

  private final NonNamespaceOperation<
          WorkloadPlacementResource,
          KubernetesResourceList<WorkloadPlacementResource>,
          Resource<WorkloadPlacementResource>>
      resources;
  private final PlacementResourceMapper mapper =
      new PlacementResourceMapper(() -> UUID.randomUUID().toString());
  private final ReadRetries reads;

  FinalizerCleanups(KubernetesClient client, String namespace, ReadRetries reads) {
    this.resources = client.resources(WorkloadPlacementResource.class).inNamespace(namespace);
    this.reads = reads;
  }

  @Override
  public List<VersionedPlacement> awaitingCleanup() {
    List<WorkloadPlacementResource> items;
    try {
      items = reads.read(() -> resources.list().getItems());
    } catch (KubernetesClientException e) {
      throw KubernetesFailures.onRead("list", e);
    }
    List<VersionedPlacement> awaiting = new ArrayList<>();
    for (WorkloadPlacementResource resource : items) {
      if (!CleanupFinalizer.awaitsCleanup(resource.getMetadata())) {
        continue;
      }
      try {
        awaiting.add(mapper.toDomain(resource));
      } catch (RuntimeException e) {
        // edited by hand into something unreadable: what it deployed cannot be told
        LOG.warn(
            "the deleted workload placement \"{}\" cannot be read to clean up after it: {}",
            resource.getMetadata().getName(),
            e.getMessage());
      }
    }
    return awaiting;
  }

  @Override
  public void cleanedUp(String name) {
    for (int attempt = 0; ; attempt++) {
      WorkloadPlacementResource current;
      try {
        current = reads.read(() -> resources.withName(name).get());
      } catch (KubernetesClientException e) {
        throw KubernetesFailures.onRead(name, e);
      }
      // a live object of the same name, created since, keeps its finalizer
      if (current == null || !CleanupFinalizer.awaitsCleanup(current.getMetadata())) {
        return;
      }
      current
          .getMetadata()
          .setFinalizers(CleanupFinalizer.othersOf(current.getMetadata().getFinalizers()));
      try {
        // a plain PUT at the version read: the API server refuses it if anyone wrote since
        resources.resource(current).update();
        return;
      } catch (KubernetesClientException e) {
        if (e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
          return;
        }
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || attempt >= CONFLICT_RETRIES) {
          throw new StoreUnavailableException(
              "cannot remove the finalizer " + CleanupFinalizer.NAME + " of " + name, e);
        }
      }
    }
  }
}

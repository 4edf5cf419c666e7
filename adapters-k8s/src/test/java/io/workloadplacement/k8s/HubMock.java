package io.workloadplacement.k8s;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.workloadplacement.domain.port.out.PlacementRepository;
import io.workloadplacement.k8s.controller.DeletedPlacements;

/**
 * The hub for tests of other packages: a CRUD mock API server with the WorkloadPlacement CRD, and
 * the store's repository on it.
 */
public final class HubMock implements AutoCloseable {

  private final MockApiServer api = MockApiServer.crud();

  /** A client on the hub (not retrying). */
  public KubernetesClient client() {
    return api.client();
  }

  /** Another client on the same hub, as another replica has; close it. */
  public KubernetesClient newClient() {
    return new KubernetesClientBuilder().withConfig(api.client().getConfiguration()).build();
  }

  /** The placement repository on the hub, in {@code namespace}, as the store builds it. */
  public PlacementRepository repository(String namespace) {
    return new Fabric8PlacementRepository(api.client(), namespace, ReadRetries.DEFAULT);
  }

  /** The deleted placements of {@code namespace} kept for their cleanup, as the store has them. */
  public DeletedPlacements deletedPlacements(String namespace) {
    return new FinalizerCleanups(api.client(), namespace, ReadRetries.DEFAULT);
  }

  /** Whether the hub still holds the object of placement {@code name}, deleted or not. */
  public boolean holds(String namespace, String name) {
    return api.client()
            .resources(WorkloadPlacementResource.class)
            .inNamespace(namespace)
            .withName(name)
            .get()
        != null;
  }

  /**
   * The store's informer watch of {@code namespace} on the hub, started and synced, as the server
   * passes it to the controller. Close it.
   */
  public InformerPlacementWatch informerWatch(String namespace) {
    InformerPlacementWatch watch = new InformerPlacementWatch(api.client(), namespace);
    watch.start();
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
    while (!watch.hasSynced()) {
      if (System.nanoTime() > deadline) {
        watch.close();
        throw new AssertionError("the informer watch did not sync in 30 s");
      }
      java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
    }
    return watch;
  }

  @Override
  public void close() {
    api.close();
  }
}

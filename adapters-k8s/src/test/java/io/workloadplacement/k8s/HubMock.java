package io.workloadplacement.k8s;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.workloadplacement.domain.port.out.PlacementRepository;

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

  @Override
  public void close() {
    api.close();
  }
}

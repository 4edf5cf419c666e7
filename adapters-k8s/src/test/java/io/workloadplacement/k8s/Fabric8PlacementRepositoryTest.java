package io.workloadplacement.k8s;

import io.workloadplacement.domain.fixtures.PlacementRepositoryContract;
import io.workloadplacement.domain.port.out.PlacementRepository;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The repository contract, on fabric8's CRUD mock API server. Each test gets its own namespace, so
 * each starts from an empty repository on the one server.
 */
class Fabric8PlacementRepositoryTest extends PlacementRepositoryContract {

  private static final AtomicInteger NAMESPACES = new AtomicInteger();
  private static MockApiServer api;

  @BeforeAll
  static void startServer() {
    api = MockApiServer.crud();
  }

  @AfterAll
  static void stopServer() {
    api.close();
  }

  @Override
  protected PlacementRepository newRepository() {
    return new Fabric8PlacementRepository(
        api.client(), "contract-" + NAMESPACES.incrementAndGet(), ReadRetries.NONE);
  }
}

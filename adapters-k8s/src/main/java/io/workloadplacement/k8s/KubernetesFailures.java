package io.workloadplacement.k8s;

import io.fabric8.kubernetes.client.KubernetesClientException;
import io.workloadplacement.domain.failure.PlacementAlreadyExistsException;
import io.workloadplacement.domain.failure.PlacementException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.failure.VersionConflictException;
import java.net.HttpURLConnection;

/**
 * Turns the API server's answers into the domain's failures, by operation, because the same code
 * means different things: 409 on create is AlreadyExists, on an update or a delete with a
 * resourceVersion precondition it is a Conflict. Whatever the domain has no failure for (5xx, 429,
 * connection failures, and also 401/403/422, which are misconfigurations) is {@link
 * StoreUnavailableException}, which the REST adapter answers with 503.
 */
final class KubernetesFailures {

  private KubernetesFailures() {}

  /** The failure of creating {@code name}. */
  static PlacementException onCreate(String name, KubernetesClientException e) {
    if (e.getCode() == HttpURLConnection.HTTP_CONFLICT) {
      return new PlacementAlreadyExistsException(name);
    }
    return unavailable("create", name, e);
  }

  /** The failure of a write to {@code name} conditional on {@code expectedVersion}. */
  static PlacementException onConditionalWrite(
      String operation, String name, String expectedVersion, KubernetesClientException e) {
    return switch (e.getCode()) {
      case HttpURLConnection.HTTP_NOT_FOUND -> new PlacementNotFoundException(name);
      case HttpURLConnection.HTTP_CONFLICT -> new VersionConflictException(name, expectedVersion);
      default -> unavailable(operation, name, e);
    };
  }

  /** The failure of a read, where nothing but the store's own failure is expected. */
  static StoreUnavailableException onRead(String what, KubernetesClientException e) {
    return unavailable("read", what, e);
  }

  /** A stored resource this adapter cannot read back. */
  static StoreUnavailableException malformed(String name, RuntimeException e) {
    return new StoreUnavailableException(
        "the stored workload placement \"" + name + "\" cannot be read: " + e.getMessage(), e);
  }

  private static StoreUnavailableException unavailable(
      String operation, String what, KubernetesClientException e) {
    String status = e.getCode() > 0 ? "HTTP " + e.getCode() : "no response";
    return new StoreUnavailableException(
        "the Kubernetes API server failed to "
            + operation
            + " workload placement \""
            + what
            + "\" ("
            + status
            + "): "
            + e.getMessage(),
        e);
  }
}

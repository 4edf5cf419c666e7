package io.workloadplacement.domain.failure;

import java.util.List;

/**
 * The store accepted the deletion but keeps the placement until others' finalizers let it go: it is
 * not deleted yet, and will be without a further request.
 */
public final class DeletionPendingException extends PlacementException {
  private final String name;
  private final List<String> finalizers;

  public DeletionPendingException(String name, List<String> finalizers) {
    super(
        "the deletion of workload placement \""
            + name
            + "\" waits for finalizers: "
            + String.join(", ", finalizers));
    this.name = name;
    this.finalizers = List.copyOf(finalizers);
  }

  /** The placement's name. */
  public String name() {
    return name;
  }

  /** The finalizers that hold the placement, as the store lists them. */
  public List<String> finalizers() {
    return finalizers;
  }
}

package io.workloadplacement.k8s;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.workloadplacement.domain.model.ProvisioningStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * This adapter's finalizer on a {@code WorkloadPlacement}: present while the placement may have
 * deployed something on its clusters (InProgress, Successful), so that deleting it, by the API or
 * with {@code kubectl}, leaves the object in place, marked for deletion, until a controller has
 * applied its deletionPolicy to what its steps deployed, even when no controller ran at the time of
 * the deletion. To clients such an object is already gone.
 */
final class CleanupFinalizer {

  /** The finalizer's name. */
  static final String NAME = "workloadplacement.io/cleanup";

  private CleanupFinalizer() {}

  /**
   * The finalizers to write over an object whose metadata is {@code current} for a placement in
   * {@code status}: others' kept, with this one exactly while {@code status} is on its clusters. An
   * object marked for deletion keeps its finalizers as they are: the API server refuses a new one,
   * and only the controller's cleanup removes this one.
   */
  static List<String> finalizersFor(ObjectMeta current, ProvisioningStatus status) {
    List<String> finalizers =
        new ArrayList<>(current.getFinalizers() == null ? List.of() : current.getFinalizers());
    if (current.getDeletionTimestamp() != null) {
      return finalizers;
    }
    finalizers.remove(NAME);
    if (status.isOnClusters()) {
      finalizers.add(NAME);
    }
    return finalizers;
  }

  /** Whether the object whose metadata is {@code metadata} carries this finalizer. */
  private static boolean isOn(ObjectMeta metadata) {
    return metadata.getFinalizers() != null && metadata.getFinalizers().contains(NAME);
  }

  /** Marked for deletion and held by this finalizer: a controller still has to clean up. */
  static boolean awaitsCleanup(ObjectMeta metadata) {
    return metadata.getDeletionTimestamp() != null && isOn(metadata);
  }

  /**
   * Deleted as far as clients can tell: marked for deletion and held by this finalizer alone (an
   * object others' finalizers also hold stays visible, its deletion reported as pending).
   */
  static boolean deletedForClients(ObjectMeta metadata) {
    return awaitsCleanup(metadata) && othersOf(metadata.getFinalizers()).isEmpty();
  }

  /** The finalizers in {@code finalizers} that are not this one. */
  static List<String> othersOf(List<String> finalizers) {
    if (finalizers == null) {
      return List.of();
    }
    return finalizers.stream().filter(f -> !NAME.equals(f)).toList();
  }
}

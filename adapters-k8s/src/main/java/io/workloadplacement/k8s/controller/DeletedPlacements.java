package io.workloadplacement.k8s.controller;

import io.workloadplacement.domain.model.VersionedPlacement;
import java.util.List;

/**
 * The placements deleted while they may have deployed something, kept by the store until the
 * controller has applied their deletionPolicy: so a deletion while no controller runs is cleaned up
 * by the next one. Clients no longer see them.
 */
public interface DeletedPlacements {

  /** Every deleted placement whose cleanup is still to do, as last stored. */
  List<VersionedPlacement> awaitingCleanup();

  /** The cleanup of {@code name} is done: the store may remove it. Harmless when it is gone. */
  void cleanedUp(String name);
}

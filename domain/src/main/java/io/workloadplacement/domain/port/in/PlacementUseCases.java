package io.workloadplacement.domain.port.in;

import io.workloadplacement.domain.model.VersionedPlacement;

/**
 * What a client of the API does with placements: create, get, list, update, enable EGS and delete.
 * One port, since every consumer (the REST adapter, decorators such as fault injection) serves them
 * all together. Each command or query carries the caller's {@link AccessScope}; a placement outside
 * it does not exist for the caller.
 */
public interface PlacementUseCases {

  /**
   * Validates and stores the command's spec as a new placement, which starts Pending. The scope is
   * judged first: a workspace the caller does not see is unknown, one it may only read refuses the
   * write.
   *
   * @throws io.workloadplacement.domain.failure.UnknownWorkspaceException
   * @throws io.workloadplacement.domain.failure.WriteForbiddenException
   * @throws io.workloadplacement.domain.failure.PlacementValidationException with every violation
   * @throws io.workloadplacement.domain.failure.UnknownClusterException
   * @throws io.workloadplacement.domain.failure.PlacementAlreadyExistsException
   */
  VersionedPlacement create(CreatePlacementCommand command);

  /**
   * The placement the query names.
   *
   * @throws io.workloadplacement.domain.failure.PlacementNotFoundException also outside the scope
   */
  VersionedPlacement get(GetPlacementQuery query);

  /**
   * One page of the placements {@code query} selects within its scope, with Kubernetes-style
   * paging.
   *
   * @throws io.workloadplacement.domain.failure.InvalidContinueTokenException
   */
  PlacementPage list(PlacementQuery query);

  /**
   * Merges the command's patch within what the provisioning status allows; a patch that changes
   * nothing is a no-op.
   *
   * @throws io.workloadplacement.domain.failure.PlacementNotFoundException also outside the scope
   * @throws io.workloadplacement.domain.failure.InvalidUpdateException
   * @throws io.workloadplacement.domain.failure.PlacementValidationException
   * @throws io.workloadplacement.domain.failure.WriteForbiddenException when the caller may only
   *     read the placement's workspace
   * @throws io.workloadplacement.domain.failure.VersionConflictException only when the command has
   *     an {@code ifMatch} that is, or turns, stale
   * @throws io.workloadplacement.domain.failure.WriteContentionException when, without {@code
   *     ifMatch}, other writers kept winning the race
   */
  VersionedPlacement update(UpdatePlacementCommand command);

  /**
   * Sets {@code enableEGS} (the SDK's enable-egs); setting the value it already has is a no-op.
   *
   * @throws io.workloadplacement.domain.failure.PlacementNotFoundException also outside the scope
   * @throws io.workloadplacement.domain.failure.InvalidUpdateException naming enableEGS when the
   *     placement is Completed or Failed
   * @throws io.workloadplacement.domain.failure.WriteForbiddenException when the caller may only
   *     read the placement's workspace
   * @throws io.workloadplacement.domain.failure.VersionConflictException only when the command has
   *     an {@code ifMatch} that is, or turns, stale
   * @throws io.workloadplacement.domain.failure.WriteContentionException when, without {@code
   *     ifMatch}, other writers kept winning the race
   */
  VersionedPlacement enableEgs(EnableEgsCommand command);

  /**
   * Deletes a placement that is still Pending, Queued or InProgress, and returns it as it was last
   * stored.
   *
   * @throws io.workloadplacement.domain.failure.PlacementNotFoundException also outside the scope
   * @throws io.workloadplacement.domain.failure.DeletionRestrictedException
   * @throws io.workloadplacement.domain.failure.WriteForbiddenException when the caller may only
   *     read the placement's workspace
   * @throws io.workloadplacement.domain.failure.VersionConflictException only when the command has
   *     an {@code ifMatch} that is, or turns, stale
   * @throws io.workloadplacement.domain.failure.WriteContentionException when, without {@code
   *     ifMatch}, other writers kept winning the race
   */
  VersionedPlacement delete(DeletePlacementCommand command);
}

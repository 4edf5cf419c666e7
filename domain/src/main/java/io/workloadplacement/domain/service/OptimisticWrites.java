package io.workloadplacement.domain.service;

import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.failure.WriteContentionException;
import io.workloadplacement.domain.failure.WriteForbiddenException;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.AccessScope;
import io.workloadplacement.domain.port.out.PlacementRepository;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one read-modify-write of a placement, with optimistic concurrency. Each attempt reads the
 * placement, judges the caller's scope and {@code If-Match} on what it read, lets the change
 * decide, and writes conditionally on the version read; when someone else wrote in between it
 * starts over, a bounded number of times. A caller that pinned a version gets {@link
 * VersionConflictException} (its version is stale); one that did not never does, and gets {@link
 * WriteContentionException} when the attempts run out.
 */
final class OptimisticWrites {

  /** Enough to get past any realistic burst of concurrent writers to one placement. */
  static final int MAX_ATTEMPTS = 32;

  private final PlacementRepository repository;

  OptimisticWrites(PlacementRepository repository) {
    this.repository = Objects.requireNonNull(repository, "repository");
  }

  /** Which placement to write, as whom, pinned to which version if any. */
  record Target(String name, AccessScope scope, Optional<String> ifMatch) {

    Target {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(ifMatch, "ifMatch");
    }

    /** The server's own write: any workspace, no pinned version. */
    static Target internal(String name) {
      return new Target(name, AccessScope.everything(), Optional.empty());
    }
  }

  /**
   * What a write did: the placement as stored after it (as read for {@link PlacementWrite.Keep}, as
   * last stored for {@link PlacementWrite.Remove}) and what was applied.
   */
  record Outcome(VersionedPlacement placement, PlacementWrite applied) {

    boolean written() {
      return !(applied instanceof PlacementWrite.Keep);
    }
  }

  /**
   * Applies {@code change} to the target's current placement.
   *
   * @throws PlacementNotFoundException when there is none, or it is outside the scope
   * @throws WriteForbiddenException when the scope may only read it
   * @throws VersionConflictException when the target's {@code ifMatch} is or turns stale
   * @throws WriteContentionException when, without {@code ifMatch}, every attempt lost a race
   */
  Outcome write(Target target, Function<VersionedPlacement, PlacementWrite> change) {
    VersionConflictException lastConflict = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      VersionedPlacement current = readWritable(target);
      PlacementWrite decided = change.apply(current);
      try {
        return new Outcome(store(current, decided), decided);
      } catch (VersionConflictException e) {
        // a pinned version is now stale for certain; an unpinned write is judged again
        if (target.ifMatch().isPresent()) {
          throw new VersionConflictException(target.name(), target.ifMatch().get());
        }
        lastConflict = e;
      }
    }
    throw new WriteContentionException(target.name(), MAX_ATTEMPTS, lastConflict);
  }

  /** The current placement, once the target's scope and version allow writing it. */
  private VersionedPlacement readWritable(Target target) {
    VersionedPlacement current = repository.find(target.name()).orElse(null);
    if (current == null || !target.scope().canRead(current.placement().workspaceName())) {
      throw new PlacementNotFoundException(target.name());
    }
    String workspace = current.placement().workspaceName();
    if (!target.scope().canWrite(workspace)) {
      throw new WriteForbiddenException(workspace);
    }
    if (target.ifMatch().isPresent() && !target.ifMatch().get().equals(current.version())) {
      throw new VersionConflictException(target.name(), target.ifMatch().get());
    }
    return current;
  }

  private VersionedPlacement store(VersionedPlacement current, PlacementWrite decided) {
    if (decided instanceof PlacementWrite.Replace replace) {
      return repository.replace(replace.placement(), current.version());
    }
    if (decided instanceof PlacementWrite.Remove) {
      repository.delete(current.name(), current.version());
    }
    return current;
  }
}

package io.workloadplacement.rest;

import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.fixtures.InMemoryFakeRepository;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.out.PlacementRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The domain's in-memory fake, which a test can make fail on every call. */
final class SwitchableRepository implements PlacementRepository {

  private final InMemoryFakeRepository delegate = new InMemoryFakeRepository();
  private volatile Supplier<RuntimeException> failure;
  private volatile boolean writesAlwaysConflict;

  /**
   * From now on every replace and delete loses a race: another writer always got in first, so the
   * version it was given is never the current one.
   */
  void conflictOnEveryWrite() {
    this.writesAlwaysConflict = true;
  }

  /** From now on every call throws what {@code failure} makes. */
  void failWith(Supplier<RuntimeException> newFailure) {
    this.failure = newFailure;
  }

  /** Everything stored, bypassing any failure: what a test compares before and after. */
  List<VersionedPlacement> snapshot() {
    return delegate.list(PlacementFilter.all(), Optional.empty(), Integer.MAX_VALUE);
  }

  /** The store without the switch, for arranging state. */
  InMemoryFakeRepository direct() {
    return delegate;
  }

  private void maybeConflict(String name, String expectedVersion) {
    if (writesAlwaysConflict) {
      throw new VersionConflictException(name, expectedVersion);
    }
  }

  private void maybeFail() {
    Supplier<RuntimeException> f = failure;
    if (f != null) {
      throw f.get();
    }
  }

  @Override
  public Optional<VersionedPlacement> find(String name) {
    maybeFail();
    return delegate.find(name);
  }

  @Override
  public VersionedPlacement insert(WorkloadPlacement placement) {
    maybeFail();
    return delegate.insert(placement);
  }

  @Override
  public VersionedPlacement replace(WorkloadPlacement placement, String expectedVersion) {
    maybeFail();
    maybeConflict(placement.name(), expectedVersion);
    return delegate.replace(placement, expectedVersion);
  }

  @Override
  public void delete(String name, String expectedVersion) {
    maybeFail();
    maybeConflict(name, expectedVersion);
    delegate.delete(name, expectedVersion);
  }

  @Override
  public List<VersionedPlacement> list(
      PlacementFilter filter, Optional<String> afterName, int limit) {
    maybeFail();
    return delegate.list(filter, afterName, limit);
  }
}

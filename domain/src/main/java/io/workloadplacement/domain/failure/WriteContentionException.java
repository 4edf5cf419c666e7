package io.workloadplacement.domain.failure;

/**
 * A write that pinned no version kept losing the race to other writers and gave up after a bounded
 * number of attempts; trying again later may succeed. Never a {@link VersionConflictException},
 * which is the caller's own version going stale.
 */
public final class WriteContentionException extends PlacementException {
  private final String name;
  private final int attempts;

  public WriteContentionException(String name, int attempts, Throwable lastConflict) {
    super(
        "workload placement \""
            + name
            + "\" kept changing while being written ("
            + attempts
            + " attempts); try again",
        lastConflict);
    this.name = name;
    this.attempts = attempts;
  }

  /** The placement's name. */
  public String name() {
    return name;
  }

  /** How many times the write was tried. */
  public int attempts() {
    return attempts;
  }
}

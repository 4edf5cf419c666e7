package io.workloadplacement.domain.failure;

/** The placement changed since the version the caller based its write on. */
public final class VersionConflictException extends PlacementException {
  private final String name;
  private final String expectedVersion;

  public VersionConflictException(String name, String expectedVersion) {
    super(
        "workload placement \""
            + name
            + "\" is no longer at version "
            + expectedVersion
            + ": read it again and retry");
    this.name = name;
    this.expectedVersion = expectedVersion;
  }

  /** The placement's name. */
  public String name() {
    return name;
  }

  /** The version the caller expected. */
  public String expectedVersion() {
    return expectedVersion;
  }
}

package io.workloadplacement.domain.failure;

/** The caller sees the placement's workspace but may only read it. */
public final class WriteForbiddenException extends PlacementException {
  private final String workspaceName;

  public WriteForbiddenException(String workspaceName) {
    super("workspace \"" + workspaceName + "\" is read-only for this caller");
    this.workspaceName = workspaceName;
  }

  /** The workspace the caller may only read. */
  public String workspaceName() {
    return workspaceName;
  }
}

package io.workloadplacement.domain.failure;

/** The server knows no workspace of that name. */
public final class UnknownWorkspaceException extends PlacementException {
  private final String workspaceName;

  public UnknownWorkspaceException(String workspaceName) {
    super("workspace \"" + workspaceName + "\" not found");
    this.workspaceName = workspaceName;
  }

  /** The unknown workspace. */
  public String workspaceName() {
    return workspaceName;
  }
}

package io.workloadplacement.domain.failure;

/** A cluster does not belong to the workspace. */
public final class UnknownClusterException extends PlacementException {
  private final String workspaceName;
  private final String clusterName;

  public UnknownClusterException(String workspaceName, String clusterName) {
    super("cluster \"" + clusterName + "\" not found in workspace \"" + workspaceName + "\"");
    this.workspaceName = workspaceName;
    this.clusterName = clusterName;
  }

  /** The workspace searched. */
  public String workspaceName() {
    return workspaceName;
  }

  /** The unknown cluster. */
  public String clusterName() {
    return clusterName;
  }
}

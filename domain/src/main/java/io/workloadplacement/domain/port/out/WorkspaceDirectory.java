package io.workloadplacement.domain.port.out;

/**
 * Knows which workspaces exist and which clusters belong to each (section 6 of the contract). Both
 * methods may throw {@link io.workloadplacement.domain.failure.StoreUnavailableException} when the
 * directory cannot be read.
 */
public interface WorkspaceDirectory {

  /** True when the workspace exists. */
  boolean hasWorkspace(String workspaceName);

  /** True when {@code clusterName} belongs to the workspace. */
  boolean hasCluster(String workspaceName, String clusterName);
}

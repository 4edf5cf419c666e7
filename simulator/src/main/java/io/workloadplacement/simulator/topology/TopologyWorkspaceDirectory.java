package io.workloadplacement.simulator.topology;

import io.workloadplacement.domain.port.out.WorkspaceDirectory;
import java.util.Objects;

/** The domain's {@link WorkspaceDirectory} over a {@link Topology}. */
public final class TopologyWorkspaceDirectory implements WorkspaceDirectory {

  private final Topology topology;

  public TopologyWorkspaceDirectory(Topology topology) {
    this.topology = Objects.requireNonNull(topology, "topology");
  }

  @Override
  public boolean hasWorkspace(String workspaceName) {
    return topology.hasWorkspace(workspaceName);
  }

  @Override
  public boolean hasCluster(String workspaceName, String clusterName) {
    return topology.hasCluster(workspaceName, clusterName);
  }
}

package io.workloadplacement.simulator.cluster;

import java.util.List;
import java.util.Objects;

/**
 * A namespace on a simulated cluster and the placements that deployed into it; it goes away when
 * the last of them removes its resources.
 */
public record NamespaceView(String name, List<String> owners) {

  public NamespaceView {
    Objects.requireNonNull(name, "name");
    owners = List.copyOf(owners);
  }
}

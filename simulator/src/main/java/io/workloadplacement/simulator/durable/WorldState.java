package io.workloadplacement.simulator.durable;

import io.workloadplacement.simulator.cluster.ClusterState;
import io.workloadplacement.simulator.engine.EngineState;
import io.workloadplacement.simulator.fault.FaultRulesState;
import java.util.List;
import java.util.Objects;

/**
 * Everything the simulator keeps beside its placements, written as one record: the store's last
 * sequence, the clock, the engine's timers and GPU line, the clusters and the fault rules.
 */
public record WorldState(
    long lastSequence,
    KeptClock clock,
    EngineState engine,
    List<ClusterState> clusters,
    FaultRulesState faults) {

  public WorldState {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(engine, "engine");
    clusters = List.copyOf(clusters);
    Objects.requireNonNull(faults, "faults");
  }
}

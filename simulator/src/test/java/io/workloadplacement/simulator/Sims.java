package io.workloadplacement.simulator;

import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.in.GetPlacementQuery;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.topology.Topology;
import java.time.Instant;

/** Simulators for tests: a manual clock at the seed's time, so nothing moves unless told. */
public final class Sims {

  /** The seed's creation time. */
  public static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");

  private Sims() {}

  /** A manual-clock simulator on an open topology with the default timings. */
  public static Simulator manual() {
    return manual(Topology.openWorld());
  }

  /** A manual-clock simulator on {@code topology}. */
  public static Simulator manual(Topology topology) {
    return Simulator.start(
        SimulatorConfig.defaults()
            .withTopology(topology)
            .withClock(ClockMode.MANUAL, 1)
            .withStart(T0)
            .withSeed(42));
  }

  /** The stored placement's provisioning status. */
  public static ProvisioningStatus statusOf(Simulator sim, String name) {
    return placement(sim, name).provisioningStatus();
  }

  /** The stored placement's status. */
  public static PlacementStatus fullStatusOf(Simulator sim, String name) {
    return placement(sim, name).status();
  }

  /** The stored placement. */
  public static WorkloadPlacement placement(Simulator sim, String name) {
    return sim.placements().get(new GetPlacementQuery(name)).placement();
  }
}

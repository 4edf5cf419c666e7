package io.workloadplacement.simulator.durable;

import io.workloadplacement.domain.model.VersionedPlacement;
import java.util.List;
import java.util.Objects;

/** A simulator's whole state as a data directory holds it: the placements and the world. */
public record KeptState(List<VersionedPlacement> placements, WorldState world) {

  public KeptState {
    placements = List.copyOf(placements);
    Objects.requireNonNull(world, "world");
  }
}

package io.workloadplacement.conformance.sut;

import java.time.Duration;

/**
 * The simulator's control API ({@code /sim/v1}): what lets the suite drive time, the lifecycle and
 * failures instead of waiting for them. Each call returns the raw response; a 2xx means done.
 */
public interface SimulatorControl {

  /** {@code POST /sim/v1/clock/advance {"duration":"90s"}}. */
  Response advance(Duration by);

  /** {@code PUT /sim/v1/placements/{name}/status {"provisioningStatus":"Successful"}}. */
  Response setStatus(String name, String provisioningStatus);

  /** {@code POST /sim/v1/reset}: no placements, no faults, the clock back at its start. */
  Response reset();

  /**
   * {@code PUT /sim/v1/faults [...]}: replaces the active faults; {@code []} clears them. Each
   * fault is {@code {"operation": "create|get|list|update|delete", "error":
   * "storeFailure|unavailable", "times": n}}: the next {@code n} such operations fail, with 500 for
   * a store failure and 503 for an unavailable backend.
   */
  Response setFaults(String faultsJson);
}

package io.workloadplacement.conformance.sut;

import java.time.Duration;

/**
 * The simulator's control API ({@code /sim/v1}), in the simulator's own shapes: what lets the suite
 * drive time, the lifecycle and failures instead of waiting for them. Each call returns the raw
 * response; a 2xx means done.
 */
public interface SimulatorControl {

  /** {@code POST /sim/v1/clock/advance {"duration":"90s"}}. */
  Response advance(Duration by);

  /** {@code PUT /sim/v1/placements/{name}/status {"provisioningStatus":"Successful"}}. */
  Response setStatus(String name, String provisioningStatus);

  /** {@code POST /sim/v1/reset}: no placements, no fault rules, the clock back at its start. */
  Response reset();

  /**
   * {@code PUT /sim/v1/faults {"rules": rulesJson}}: replaces the fault rules. {@code rulesJson} is
   * a JSON array of rules in the simulator's shape; the suite uses the one that answers an API call
   * with an error, for example {@code {"match": {"operation": "list"}, "times": 1, "effect":
   * {"type": "respond", "status": 500, "message": "kubernetes API timeout"}}} (operations {@code
   * create}, {@code list}, {@code get}, {@code update}, {@code delete}; {@code match.placement} a
   * glob on the placement's name).
   */
  Response setFaults(String rulesJson);

  /**
   * {@code POST /sim/v1/faults ruleJson}: appends one rule, for example one that fails a
   * placement's steps: {@code {"match": {"placement": "p"}, "effect": {"type": "failStep",
   * "reason": "ImagePullBackOff", "message": "image not found"}}}.
   */
  Response addFault(String ruleJson);

  /** {@code DELETE /sim/v1/faults}: no fault rules. */
  Response clearFaults();
}

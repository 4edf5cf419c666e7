package io.workloadplacement.conformance.properties;

import io.workloadplacement.conformance.model.ReferenceModel;
import io.workloadplacement.conformance.sut.SimulatorControl;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import java.util.Optional;

/**
 * One execution of an operation sequence: the client, a fresh reference model, and the name prefix
 * of this execution, so that executions (and shrinking's replays) never see each other's
 * placements.
 */
public final class SequenceRun {

  private final Client client;
  private final ReferenceModel model;
  private final TargetCapabilities caps;
  private final Optional<SimulatorControl> control;
  private final String prefix;
  private final java.time.Instant pollDeadline;

  SequenceRun(
      Client client,
      TargetCapabilities caps,
      Optional<SimulatorControl> control,
      String executionPrefix) {
    this.client = client;
    this.caps = caps;
    this.control = control;
    this.prefix = executionPrefix;
    this.model = new ReferenceModel(caps.autonomousLifecycle(), caps.currentRevision());
    this.pollDeadline = java.time.Instant.now().plus(caps.pollTimeout());
  }

  /** When polling must stop: one budget shared by every poll of this execution. */
  public java.time.Instant pollDeadline() {
    return pollDeadline;
  }

  public Client client() {
    return client;
  }

  public ReferenceModel model() {
    return model;
  }

  public TargetCapabilities caps() {
    return caps;
  }

  public Optional<SimulatorControl> control() {
    return control;
  }

  /** The placement name of {@code slot} in this execution. */
  public String name(int slot) {
    return prefix + "p" + slot;
  }

  /** True for a placement this execution may have created. */
  public boolean owns(String name) {
    return name.startsWith(prefix);
  }
}

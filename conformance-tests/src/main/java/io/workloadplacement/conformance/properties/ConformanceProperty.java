package io.workloadplacement.conformance.properties;

import io.workloadplacement.conformance.kit.Gen;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import java.util.List;

/**
 * One property of the suite: a generator of operation sequences whose every run must agree with the
 * reference model.
 *
 * @param id a short stable id, used in test names
 * @param title what the property says, in the report
 * @param needsControl whether it cannot run without the simulator's control API
 * @param watches whether it observes the lifecycle on the watch stream too (skipped on a target
 *     without one)
 * @param maxActions the longest sequence it generates (capped by the run's maxActions)
 * @param polls whether, without control, it waits for the lifecycle by polling (fewer tries)
 * @param sequences the generator, given the target's capabilities, whether control is available,
 *     and the maximum length
 */
public record ConformanceProperty(
    String id,
    String title,
    boolean needsControl,
    boolean watches,
    int maxActions,
    boolean polls,
    SequenceFactory sequences) {

  /** Builds the generator of a property's sequences for one target. */
  @FunctionalInterface
  public interface SequenceFactory {
    Gen<List<Action>> create(TargetCapabilities caps, boolean control, int maxActions);
  }

  @Override
  public String toString() {
    return id;
  }
}

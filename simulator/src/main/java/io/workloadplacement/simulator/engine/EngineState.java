package io.workloadplacement.simulator.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the lifecycle engine keeps beside the store, as a value to keep and restore: every timer it
 * has scheduled (with what a step timer decided when it started: how long it takes and its fault),
 * the placements waiting for GPUs with their place in line, and who holds GPUs.
 *
 * @param timers in the order they were scheduled, which breaks ties between equal due times
 * @param nextArrival the next place in line a newcomer gets
 */
public record EngineState(
    List<Timer> timers, List<Waiting> waiting, List<Holding> holdings, long nextArrival) {

  /** What a timer does when due. */
  public enum Kind {
    ADMIT,
    START_PROVISIONING,
    FAIL,
    END_BURST,
    STEP
  }

  /**
   * One scheduled timer of a placement; {@code cluster} for FAIL and STEP, {@code stepIndex},
   * {@code took} and {@code fault} (null when none) for STEP only.
   */
  public record Timer(
      String placement,
      Kind kind,
      Instant due,
      String cluster,
      int stepIndex,
      Duration took,
      KeptStepFault fault) {
    public Timer {
      Objects.requireNonNull(placement, "placement");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(due, "due");
    }
  }

  /** A step's fault: a failure ({@code failReason}, {@code failMessage}) or a {@code latency}. */
  public record KeptStepFault(String failReason, String failMessage, Duration latency) {}

  /** A placement in line for GPUs. */
  public record Waiting(
      String placement,
      String workspace,
      List<String> clusters,
      int gpusPerCluster,
      int priority,
      long arrival) {
    public Waiting {
      clusters = List.copyOf(clusters);
    }
  }

  /** A placement holding GPUs on {@code clusters}. */
  public record Holding(String placement, List<String> clusters) {
    public Holding {
      clusters = List.copyOf(clusters);
    }
  }

  public EngineState {
    timers = List.copyOf(timers);
    waiting = List.copyOf(waiting);
    holdings = List.copyOf(holdings);
  }
}

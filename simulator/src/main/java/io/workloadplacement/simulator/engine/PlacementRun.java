package io.workloadplacement.simulator.engine;

import io.workloadplacement.simulator.clock.ScheduledAction;
import io.workloadplacement.simulator.clock.Scheduler;
import io.workloadplacement.simulator.fault.StepFault;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine keeps about one live placement: its scheduled actions (the GPU queue keeps what
 * it holds). Everything else is read from the store, which is the truth. Guarded by the simulation
 * lock.
 */
final class PlacementRun {

  /** A step running on one cluster: its timer, and what was decided when it started. */
  record StepTimer(ScheduledAction action, int index, Duration took, Optional<StepFault> fault) {}

  final String name;
  ScheduledAction admission;
  ScheduledAction provisioning;
  ScheduledAction failure;
  String failureCluster;
  ScheduledAction burstEnd;
  final Map<String, StepTimer> steps = new HashMap<>();

  PlacementRun(String name) {
    this.name = name;
  }

  void cancelAdmission(Scheduler scheduler) {
    scheduler.cancel(admission);
    admission = null;
  }

  void cancelProvisioning(Scheduler scheduler) {
    scheduler.cancel(provisioning);
    provisioning = null;
  }

  void cancelFailure(Scheduler scheduler) {
    scheduler.cancel(failure);
    failure = null;
    failureCluster = null;
  }

  void cancelBurstEnd(Scheduler scheduler) {
    scheduler.cancel(burstEnd);
    burstEnd = null;
  }

  void cancelStep(Scheduler scheduler, String cluster) {
    StepTimer step = steps.remove(cluster);
    if (step != null) {
      scheduler.cancel(step.action());
    }
  }

  void cancelSteps(Scheduler scheduler) {
    steps.values().forEach(s -> scheduler.cancel(s.action()));
    steps.clear();
  }

  void cancelAll(Scheduler scheduler) {
    cancelAdmission(scheduler);
    cancelProvisioning(scheduler);
    cancelFailure(scheduler);
    cancelBurstEnd(scheduler);
    cancelSteps(scheduler);
  }
}

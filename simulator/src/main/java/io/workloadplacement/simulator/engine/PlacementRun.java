package io.workloadplacement.simulator.engine;

import io.workloadplacement.simulator.clock.ScheduledAction;
import io.workloadplacement.simulator.clock.Scheduler;
import java.util.HashMap;
import java.util.Map;

/**
 * What the engine keeps about one live placement: its scheduled actions (the GPU queue keeps what
 * it holds). Everything else is read from the store, which is the truth. Guarded by the simulation
 * lock.
 */
final class PlacementRun {

  final String name;
  ScheduledAction admission;
  ScheduledAction provisioning;
  ScheduledAction failure;
  ScheduledAction burstEnd;
  final Map<String, ScheduledAction> steps = new HashMap<>();

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
  }

  void cancelBurstEnd(Scheduler scheduler) {
    scheduler.cancel(burstEnd);
    burstEnd = null;
  }

  void cancelSteps(Scheduler scheduler) {
    steps.values().forEach(scheduler::cancel);
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

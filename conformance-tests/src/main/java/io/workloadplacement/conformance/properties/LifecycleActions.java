package io.workloadplacement.conformance.properties;

import io.workloadplacement.conformance.model.Lifecycle;
import io.workloadplacement.conformance.model.ModelPlacement;
import io.workloadplacement.conformance.model.Status;
import io.workloadplacement.conformance.sut.Response;
import io.workloadplacement.conformance.sut.SimulatorControl;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Actions that move the lifecycle: through the simulator's control API, or by polling. */
final class LifecycleActions {

  private LifecycleActions() {}

  /**
   * Moves a placement one legal step on through the control API; {@code choice} picks among the
   * successors (Queued and InProgress have two).
   */
  record SetStatus(int slot, int choice) implements Action {
    @Override
    public void run(SequenceRun run) {
      SimulatorControl control = run.control().orElseThrow();
      String name = run.name(slot);
      Optional<ModelPlacement> placement = run.model().placement(name);
      if (placement.isEmpty()) {
        return;
      }
      Set<Status> targets = new TreeSet<>();
      placement.get().possible().forEach(s -> targets.addAll(Lifecycle.successors(s)));
      targets.removeAll(placement.get().possible());
      if (targets.isEmpty()) {
        return; // Completed or Failed: nothing follows
      }
      List<Status> ordered = new ArrayList<>(targets);
      Status target = ordered.get(Math.floorMod(choice, ordered.size()));
      Response response = control.setStatus(name, target.wireName());
      if (response.status() / 100 == 2) {
        run.model().forceStatus(name, target);
      } else if (placement.get().known().isPresent() && !run.caps().autonomousLifecycle()) {
        throw new AssertionError(
            "control API refused the legal transition "
                + placement.get().known().get()
                + " -> "
                + target
                + ": "
                + response.status()
                + " "
                + response.body());
      }
    }

    @Override
    public String toString() {
      return "control: move p" + slot + " to its next status (choice " + choice + ")";
    }
  }

  /** Advances the target's clock through the control API. */
  record Advance(Duration by) implements Action {
    @Override
    public void run(SequenceRun run) {
      Response response = run.control().orElseThrow().advance(by);
      if (response.status() / 100 != 2) {
        throw new AssertionError(
            "control API refused to advance the clock: "
                + response.status()
                + " "
                + response.body());
      }
      run.model().advance(by);
    }

    @Override
    public String toString() {
      return "control: advance the clock by " + by.toSeconds() + "s";
    }
  }

  /**
   * Polls a placement with GET until it is Completed or Failed or the deadline passes, checking
   * every observed status is reachable from the previous one. For targets without control.
   */
  record Poll(int slot) implements Action {
    @Override
    public void run(SequenceRun run) {
      Instant deadline = Instant.now().plus(run.caps().pollTimeout());
      while (true) {
        Action.Get.get(run, slot, false);
        Optional<ModelPlacement> p = run.model().placement(run.name(slot));
        if (p.isEmpty() || p.get().known().map(Status::isTerminal).orElse(false)) {
          return;
        }
        if (Instant.now().isAfter(deadline)) {
          return; // a deadline, not a failure: a real burst may last hours
        }
        pause(run.caps().pollInterval());
        run.model().tick();
      }
    }

    private static void pause(Duration interval) {
      try {
        Thread.sleep(interval.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while polling", e);
      }
    }

    @Override
    public String toString() {
      return "poll p" + slot + " until it ends or the deadline passes";
    }
  }
}

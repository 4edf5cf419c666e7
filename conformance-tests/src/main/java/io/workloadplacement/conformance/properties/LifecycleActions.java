package io.workloadplacement.conformance.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.model.Lifecycle;
import io.workloadplacement.conformance.model.ModelPlacement;
import io.workloadplacement.conformance.model.Status;
import io.workloadplacement.conformance.sut.Response;
import io.workloadplacement.conformance.sut.SimulatorControl;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Actions that move the lifecycle: through the simulator's control API, or by polling. */
final class LifecycleActions {

  private LifecycleActions() {}

  /**
   * Moves a placement through the control API, one legal transition at a time, towards {@code
   * target} (for example Pending to Successful goes through Queued and InProgress). Does nothing
   * when the target is not ahead of the placement.
   */
  record SetStatus(int slot, Status target) implements Action {
    @Override
    public void run(SequenceRun run) {
      SimulatorControl control = run.control().orElseThrow();
      String name = run.name(slot);
      while (true) {
        Optional<ModelPlacement> placement = run.model().placement(name);
        if (placement.isPresent() && placement.get().possible().size() > 1) {
          // unsure where it is (it moved by itself): read it first, so the jump asked for is the
          // successor of where it really is, never a move back that watchers would see
          Action.Get.get(run, slot, false);
          placement = run.model().placement(name);
        }
        if (placement.isEmpty() || placement.get().possible().contains(target)) {
          return;
        }
        Optional<Status> next = nextTowards(placement.get().possible());
        boolean timedEnd = placement.get().stored().has("burstDuration");
        if (next.isEmpty() || (next.get() == Status.COMPLETED && !timedEnd)) {
          return; // without burstDuration the burst has no end to jump to (section 7)
        }
        Response response = control.setStatus(name, next.get().wireName());
        if (response.status() / 100 == 2) {
          requireShown(name, next.get(), response);
          run.model().forceStatus(name, next.get());
        } else if (!run.caps().autonomousLifecycle()) {
          throw new AssertionError(
              "control API refused the legal transition "
                  + placement.get()
                  + " -> "
                  + next.get()
                  + ": "
                  + response.status()
                  + " "
                  + response.body());
        } else {
          return; // the lifecycle moved on its own meanwhile
        }
        run.model().tick();
      }
    }

    /**
     * The simulator answers a jump with the placement as GET shows it: it must be in the status
     * asked for (a server whose answer carries no placement is not checked here).
     */
    private static void requireShown(String name, Status asked, Response response) {
      JsonNode shown =
          Json.parse(response.body()).path("data").path("status").path("provisioningStatus");
      if (shown.isTextual() && !shown.asText().equals(asked.wireName())) {
        throw new AssertionError(
            "control API moved " + name + " to " + asked + " but answered it as " + shown.asText());
      }
    }

    /** The successor of a possible status from which {@code target} is still reachable. */
    private Optional<Status> nextTowards(Set<Status> possible) {
      for (Status from : possible) {
        for (Status next : Lifecycle.successors(from)) {
          if (Lifecycle.reachable(Set.of(next)).contains(target)) {
            return Optional.of(next);
          }
        }
      }
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "control: move p" + slot + " towards " + target;
    }
  }

  /**
   * Makes every step of a placement that starts from now on fail, with a fault rule of the
   * simulator ({@code failStep}): the placement then fails on its own when its clock advances
   * through InProgress. Changes nothing the model must know: an advance already allows Failed.
   */
  record FailSteps(int slot) implements Action {
    @Override
    public void run(SequenceRun run) {
      ObjectNode rule = Json.object();
      rule.putObject("match").put("placement", run.name(slot));
      rule.putObject("effect")
          .put("type", "failStep")
          .put("reason", "ImagePullBackOff")
          .put("message", "image not found");
      Response response = run.control().orElseThrow().addFault(Json.write(rule));
      if (response.status() / 100 != 2) {
        throw new AssertionError(
            "control API refused a failStep rule: " + response.status() + " " + response.body());
      }
    }

    @Override
    public String toString() {
      return "control: fail every later step of p" + slot;
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
      Instant deadline = run.pollDeadline();
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

package io.workloadplacement.conformance.properties;

import io.workloadplacement.conformance.generators.InvalidPlacements;
import io.workloadplacement.conformance.generators.Patches;
import io.workloadplacement.conformance.generators.Placements;
import io.workloadplacement.conformance.kit.Gen;
import io.workloadplacement.conformance.model.Status;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Generators of operation sequences, each a weighted mix of actions over a few slots (so actions
 * meet the same placements often). Actions that need the control API are only generated when the
 * target has it.
 */
final class Sequences {

  /** Few slots: sequences are about what happens to the same placements over time. */
  static final int SLOTS = 3;

  private final TargetCapabilities caps;
  private final boolean control;
  private final int maxActions;
  private final List<Integer> weights = new ArrayList<>();
  private final List<Gen<? extends Action>> gens = new ArrayList<>();

  private Sequences(TargetCapabilities caps, boolean control, int maxActions) {
    this.caps = caps;
    this.control = control;
    this.maxActions = maxActions;
  }

  static Sequences of(TargetCapabilities caps, boolean control, int maxActions) {
    return new Sequences(caps, control, maxActions);
  }

  Gen<List<Action>> build() {
    return Gen.listOf(Gen.frequency(weights, gens), 1, maxActions);
  }

  private Sequences add(int weight, Gen<? extends Action> gen) {
    weights.add(weight);
    gens.add(gen);
    return this;
  }

  private static Gen<Integer> slot() {
    return Gen.integer(0, SLOTS - 1);
  }

  /**
   * Creates, one in four with the SDK's clusterNames, half of those to the path with a trailing
   * slash where the target speaks section 7.
   */
  Sequences creates(int weight) {
    Gen<Integer> shape =
        Gen.frequency(
            List.of(6, 1, caps.currentRevision() ? 1 : 0),
            List.of(Gen.constant(0), Gen.constant(1), Gen.constant(2)));
    return add(
        weight,
        Gen.map2(
            Gen.map2(slot(), Placements.valid(caps), Action.Create::new),
            shape,
            (c, sdk) -> new Action.Create(c.slot(), c.spec(), sdk > 0, false, sdk == 2)));
  }

  /** {@code PUT .../{name}/enable-egs}, where the target speaks section 7. */
  Sequences enableEgs(int weight) {
    return caps.currentRevision() ? add(weight, slot().map(Action.EnableEgs::new)) : this;
  }

  Sequences gets(int weight) {
    return add(weight, Gen.map2(slot(), Gen.chance(0.2), Action.Get::new));
  }

  Sequences updates(int weight) {
    Gen<Action.IfMatch> ifMatch =
        Gen.frequency(
            List.of(6, 1, 1),
            List.of(
                Gen.constant(Action.IfMatch.NONE),
                Gen.constant(Action.IfMatch.CURRENT),
                Gen.constant(Action.IfMatch.STALE)));
    return add(
        weight,
        Gen.map2(
            Gen.map2(
                slot(), Patches.any(caps), (s, p) -> new Action.Update(s, p, Action.IfMatch.NONE)),
            ifMatch,
            (u, m) -> new Action.Update(u.slot(), u.patch(), m)));
  }

  Sequences echoes(int weight) {
    return add(weight, slot().map(Action.Echo::new));
  }

  Sequences deletes(int weight) {
    return add(
        weight,
        Gen.map2(
            slot(),
            Gen.chance(0.15),
            (s, stale) ->
                new Action.Delete(s, stale ? Action.IfMatch.STALE : Action.IfMatch.NONE)));
  }

  Sequences concurrentUpdates(int weight) {
    return add(
        weight,
        Gen.map2(slot(), Gen.listOf(Patches.disjointTrio(caps), 3, 3), ConcurrentUpdates::new));
  }

  Sequences lists(int weight) {
    Gen<Integer> workspace = Gen.integer(-1, caps.workspaces().size() - 1);
    List<Status> statuses = new ArrayList<>();
    statuses.add(null);
    statuses.addAll(List.of(Status.values()));
    Gen<Status> status =
        Gen.frequency(List.of(3, 1), List.of(Gen.constant((Status) null), Gen.elements(statuses)));
    return add(
        weight,
        Gen.map2(
            Gen.map2(workspace, Gen.chance(0.3), (w, route) -> new ListAction(w, route, null, 0)),
            Gen.map2(
                status,
                Gen.elements(0, 1, 2, 3, 5),
                (s, limit) -> new ListAction(-1, false, s, limit)),
            (a, b) -> new ListAction(a.workspace(), a.workspaceRoute(), b.status(), b.limit())));
  }

  Sequences invalidCreates(int weight) {
    return add(weight, Gen.map2(slot(), InvalidPlacements.any(caps), Action.CreateInvalid::new));
  }

  Sequences statusMoves(int weight) {
    return control
        ? add(
            weight,
            Gen.map2(
                slot(),
                Gen.elements(
                    Status.SUCCESSFUL,
                    Status.QUEUED,
                    Status.IN_PROGRESS,
                    Status.COMPLETED,
                    Status.FAILED),
                LifecycleActions.SetStatus::new))
        : this;
  }

  Sequences clockAdvances(int weight) {
    return control
        ? add(
            weight,
            Gen.elements(30, 60, 300, 900, 3600, 90_000)
                .map(s -> new LifecycleActions.Advance(Duration.ofSeconds(s))))
        : this;
  }

  Sequences stepFailures(int weight) {
    return control ? add(weight, slot().map(LifecycleActions.FailSteps::new)) : this;
  }

  Sequences polls(int weight) {
    return control ? this : add(weight, slot().map(LifecycleActions.Poll::new));
  }

  Sequences faults(int weight) {
    return control
        ? add(
            weight,
            Gen.map2(
                Gen.map2(
                    Gen.elements(FaultAction.Kind.values()),
                    slot(),
                    (k, s) -> new FaultAction(k, s, null)),
                Placements.valid(caps),
                (f, spec) -> new FaultAction(f.kind(), f.slot(), spec)))
        : this;
  }

  Sequences rawRequests(int weight) {
    return add(weight, Gen.elements(RawRequest.Kind.values()).map(RawRequest::new));
  }
}

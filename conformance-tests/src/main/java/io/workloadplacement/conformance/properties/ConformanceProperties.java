package io.workloadplacement.conformance.properties;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.conformance.generators.InvalidPlacements;
import io.workloadplacement.conformance.generators.Placements;
import io.workloadplacement.conformance.kit.Gen;
import java.util.List;

/** The properties of the suite, in the order they run and appear in the report. */
public final class ConformanceProperties {

  private ConformanceProperties() {}

  public static List<ConformanceProperty> all() {
    return List.of(
        new ConformanceProperty(
            "envelope",
            "every response is the contract's envelope, with the status the contract demands",
            false,
            false,
            8,
            false,
            (caps, control, max) -> Sequences.of(caps, control, max).rawRequests(1).build()),
        new ConformanceProperty(
            "valid-placements",
            "a valid placement is accepted and reads back equal (GET, /get/, LIST)",
            false,
            false,
            6,
            false,
            (caps, control, max) ->
                Gen.map2(
                    Gen.map2(Placements.valid(caps), Gen.chance(0.2), Created::new),
                    Gen.chance(0.3),
                    (c, unknown) ->
                        readBack(
                            caps.workspaces().indexOf(c.spec().path("workspaceName").asText()),
                            c,
                            unknown,
                            caps.currentRevision()))),
        new ConformanceProperty(
            "invalid-placements",
            "every invalid placement is rejected with 400 and a fields entry naming the bad path",
            false,
            false,
            1,
            false,
            (caps, control, max) ->
                InvalidPlacements.any(caps)
                    .map(c -> List.<Action>of(new Action.CreateInvalid(0, c)))),
        new ConformanceProperty(
            "updates-and-deletions",
            "update and deletion obey the contract's tables in whatever status the placement is",
            false,
            false,
            Integer.MAX_VALUE,
            false,
            (caps, control, max) ->
                Sequences.of(caps, control, max)
                    .creates(3)
                    .gets(2)
                    .updates(6)
                    .echoes(1)
                    .enableEgs(1)
                    .deletes(2)
                    .concurrentUpdates(1)
                    .statusMoves(4)
                    .clockAdvances(1)
                    .build()),
        new ConformanceProperty(
            "list-and-paging",
            "list and paging agree with the model: filters hold, no item lost or repeated",
            false,
            false,
            Integer.MAX_VALUE,
            false,
            (caps, control, max) ->
                Sequences.of(caps, control, max)
                    .creates(4)
                    .deletes(1)
                    .lists(4)
                    .statusMoves(2)
                    .updates(1)
                    .build()),
        new ConformanceProperty(
            "lifecycle",
            "the lifecycle only takes the contract's transitions, and a burst ends on time",
            false,
            false,
            Integer.MAX_VALUE,
            true,
            (caps, control, max) ->
                Sequences.of(caps, control, max)
                    .creates(2)
                    .statusMoves(4)
                    .clockAdvances(3)
                    .stepFailures(1)
                    .gets(3)
                    .updates(1)
                    .enableEgs(1)
                    .lists(1)
                    .deletes(1)
                    .polls(2)
                    .build()),
        new ConformanceProperty(
            "watch",
            "the watch stream shows only the contract's transitions and ends where GET does",
            false,
            true,
            Integer.MAX_VALUE,
            true,
            (caps, control, max) ->
                Sequences.of(caps, control, max)
                    .creates(3)
                    .statusMoves(4)
                    .clockAdvances(3)
                    .stepFailures(1)
                    .updates(1)
                    .deletes(2)
                    .gets(1)
                    .polls(2)
                    .build()),
        new ConformanceProperty(
            "faults",
            "failures of the store or backend are enveloped 500/503 and change nothing",
            true,
            false,
            Integer.MAX_VALUE,
            false,
            (caps, control, max) ->
                Sequences.of(caps, control, max)
                    .creates(2)
                    .faults(3)
                    .gets(2)
                    .lists(1)
                    .deletes(1)
                    .updates(1)
                    .build()));
  }

  /** A valid spec, and whether it is sent with the clusterNames alias. */
  private record Created(ObjectNode spec, boolean alias) {}

  private static List<Action> readBack(
      int workspace, Created c, boolean unknownField, boolean currentRevision) {
    // sent with the alias to a target of section 7, it goes as the SDK sends it: to the path with
    // a trailing slash
    return List.of(
        new Action.Create(0, c.spec(), c.alias(), unknownField, c.alias() && currentRevision),
        new Action.Get(0, false),
        new Action.Get(0, true),
        new ListAction(workspace, false, null, 0),
        new ListAction(-1, false, null, 0),
        new Action.Delete(0, Action.IfMatch.NONE));
  }
}

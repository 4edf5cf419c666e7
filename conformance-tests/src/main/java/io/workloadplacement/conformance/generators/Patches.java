package io.workloadplacement.conformance.generators;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.conformance.kit.Gen;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import java.util.List;

/**
 * Update bodies: every field alone (section 7's new ones too), valid and invalid values, whole
 * reconfigurations, immutable fields, the update example's ignored {@code namespace}, and the empty
 * body.
 */
public final class Patches {

  private Patches() {}

  /** Any update body (section 7's fields too when the target speaks it). */
  public static Gen<ObjectNode> any(TargetCapabilities caps) {
    Gen<ObjectNode> v115 = v115(caps);
    return caps.currentRevision()
        ? Gen.frequency(List.of(12, 4), List.of(v115, sectionSeven()))
        : v115;
  }

  private static Gen<ObjectNode> v115(TargetCapabilities caps) {
    return Gen.oneOf(
        Gen.constant(Json.object()),
        Gen.elements(Placements.BURSTS).map(b -> Json.object().put("burstDuration", b)),
        Gen.elements("abc", "0s", "15").map(b -> Json.object().put("burstDuration", b)),
        Gen.elements("Delete", "Retain", "Sometimes")
            .map(p -> Json.object().put("deletionPolicy", p)),
        Placements.clusters(caps).map(Patches::clusters),
        Placements.clusters(caps).map(c -> duplicateFirst(clusters(c))),
        Gen.elements(caps.workspaces()).map(w -> Json.object().put("workspaceName", w)),
        Gen.constant(Json.object().put("name", "conformance-other-name")),
        Placements.valid(caps).map(Patches::reconfiguration),
        Gen.constant(steps("ghost", "command")),
        Gen.constant(Json.object().set("cmdExec", Json.MAPPER.createArrayNode())),
        Gen.elements(Placements.BURSTS)
            .map(b -> Json.object().put("namespace", "kubeslice-avesha").put("burstDuration", b)));
  }

  private static Gen<ObjectNode> sectionSeven() {
    return Gen.oneOf(
        SectionSeven.gprDetails().map(g -> (ObjectNode) Json.object().set("gprDetails", g)),
        Gen.elements(2, 1, 0).map(n -> Json.object().put("numPlacements", n)),
        Gen.chance(0.5).map(on -> Json.object().put("enableEGS", on)),
        Gen.elements("llm-template", "Bad_Template")
            .map(t -> Json.object().put("workloadTemplateName", t)));
  }

  /** Three patches of disjoint fields with values unlikely to be the stored ones. */
  public static Gen<List<ObjectNode>> disjointTrio(TargetCapabilities caps) {
    return Gen.map2(
        Gen.map2(
            Gen.integer(1, 999),
            Gen.elements("Delete", "Retain"),
            (m, p) ->
                List.of(
                    Json.object().put("burstDuration", m + "m"),
                    Json.object().put("deletionPolicy", p))),
        Placements.clusters(caps).map(Patches::clusters),
        (two, third) -> List.of(two.get(0), two.get(1), third));
  }

  private static ObjectNode clusters(List<String> clusters) {
    ObjectNode patch = Json.object();
    ArrayNode array = patch.putArray("clusters");
    clusters.forEach(array::add);
    return patch;
  }

  private static ObjectNode duplicateFirst(ObjectNode patch) {
    ArrayNode clusters = (ArrayNode) patch.get("clusters");
    clusters.add(clusters.get(0).asText());
    return patch;
  }

  private static ObjectNode reconfiguration(ObjectNode valid) {
    ObjectNode patch = Json.object();
    for (String field : List.of("helmConfigs", "manifestResources", "cmdExec", "steps")) {
      patch.set(field, valid.get(field));
    }
    return patch;
  }

  private static ObjectNode steps(String name, String type) {
    ObjectNode patch = Json.object();
    patch.putArray("steps").addObject().put("name", name).put("type", type);
    return patch;
  }
}

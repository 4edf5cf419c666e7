package io.workloadplacement.conformance.generators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.conformance.generators.InvalidPlacements.Mutation;
import io.workloadplacement.conformance.kit.Gen;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.model.Violation;
import java.util.List;

/**
 * Breaks exactly one rule of section 7's gprDetails, each rule on its own, at the path a 400 must
 * name ({@code gprDetails.<field>}). A body without gprDetails first gets a valid one, so applying
 * two of these breaks two rules of one request.
 */
final class GprRules {

  /** One rule broken: the field, and the value it gets (null removes it). */
  private record Break(String field, JsonNode value, String rule) {}

  private GprRules() {}

  static Gen<Mutation> any() {
    List<Break> breaks =
        List.of(
            new Break("memoryPerGpu", number(0), "memoryPerGpu >= 1"),
            new Break("memoryPerGpu", text("15"), "memoryPerGpu is an integer"),
            new Break("numberOfGPUs", number(0), "numberOfGPUs >= 1"),
            new Break("numberOfGPUs", number(-2), "numberOfGPUs >= 1"),
            new Break("numberOfGPUNodes", number(0), "numberOfGPUNodes >= 1"),
            new Break("enableAutoGpuSelection", null, "enableAutoGpuSelection is required"),
            new Break("enableAutoGpuSelection", text("yes"), "enableAutoGpuSelection is a boolean"),
            new Break("exitDuration", null, "exitDuration is required"),
            new Break("exitDuration", text(""), "exitDuration is not empty"),
            new Break("exitDuration", text("0m"), "exitDuration is not zero"),
            new Break("exitDuration", text("0d0h0m"), "exitDuration is not zero"),
            new Break("exitDuration", text("90s"), "exitDuration is days, hours, minutes"),
            new Break("exitDuration", text("30m2h"), "exitDuration is in that order"),
            new Break("exitDuration", text("1.5h"), "exitDuration counts whole units"),
            new Break("priority", null, "priority is required"),
            new Break("priority", text("high"), "priority is an integer"));
    Gen<Mutation> field = Gen.elements(breaks).map(GprRules::apply);
    Gen<Mutation> selection =
        Gen.map2(Gen.chance(0.5), Gen.elements("instanceType", "gpuShape"), GprRules::selection);
    Gen<Mutation> notAnObject =
        Gen.constant(
            body -> {
              body.put("gprDetails", "4xA100");
              return Violation.at("gprDetails is an object", "gprDetails");
            });
    return Gen.frequency(List.of(6, 3, 1), List.of(field, selection, notAnObject));
  }

  private static Mutation apply(Break b) {
    return body -> {
      ObjectNode gpr = validIn(body);
      if (b.value() == null) {
        gpr.remove(b.field());
      } else {
        gpr.set(b.field(), b.value());
      }
      return Violation.at(b.rule() + " (" + b.value() + ")", "gprDetails." + b.field());
    };
  }

  /**
   * The selection rule: with automatic selection {@code field} may not be given, without it it is
   * required.
   */
  private static Mutation selection(boolean automatic, String field) {
    return body -> {
      ObjectNode gpr = validIn(body);
      if (automatic) {
        gpr.put("enableAutoGpuSelection", true);
        gpr.put(field, field.equals("gpuShape") ? "Tesla-T4" : "n1-standard-8");
        return Violation.at(field + " given with automatic selection", "gprDetails." + field);
      }
      gpr.put("enableAutoGpuSelection", false);
      gpr.put("instanceType", "n1-standard-8").put("gpuShape", "Tesla-T4");
      gpr.remove(field);
      return Violation.at(field + " missing without automatic selection", "gprDetails." + field);
    };
  }

  /** The body's gprDetails, made a valid one first when it has none. */
  private static ObjectNode validIn(ObjectNode body) {
    JsonNode gpr = body.get("gprDetails");
    if (gpr != null && gpr.isObject()) {
      return (ObjectNode) gpr;
    }
    ObjectNode valid =
        Json.object()
            .put("memoryPerGpu", 40)
            .put("enableAutoGpuSelection", true)
            .put("numberOfGPUs", 1)
            .put("numberOfGPUNodes", 1)
            .put("exitDuration", "2h")
            .put("priority", 101);
    body.set("gprDetails", valid);
    return valid;
  }

  private static JsonNode number(int n) {
    return Json.MAPPER.valueToTree(n);
  }

  private static JsonNode text(String s) {
    return Json.MAPPER.valueToTree(s);
  }
}

package io.workloadplacement.simulator.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The typed SDK's response models (pydantic: {@code GetWorkloadPlacementResponse}, {@code
 * WorkloadPlacementItem} and their parts) as the field types they declare: what the SDK cannot
 * build a response from. A field declared {@code str = ""} or {@code List[...]} may be absent but
 * not null; an {@code Optional} one may be either. Numbers and booleans must be JSON numbers and
 * booleans (a little stricter than pydantic's lax coercion); unknown fields are allowed, as the SDK
 * allows them.
 */
final class SdkResponseModels {

  private SdkResponseModels() {}

  /** One way a JSON value can fail a declared type. */
  private interface Type {
    void check(String path, JsonNode value, List<String> problems);
  }

  /** A declared field: its name, its type, whether null is allowed, whether it must be present. */
  private record Field(String name, Type type, boolean nullable, boolean required) {}

  private static final Type STR = is(JsonNode::isTextual, "a string");
  private static final Type INT = is(JsonNode::isIntegralNumber, "an integer");
  private static final Type BOOL = is(JsonNode::isBoolean, "a boolean");
  private static final Type DICT = is(JsonNode::isObject, "an object");

  private static final Type STEP =
      model(
          new Field("name", STR, false, true),
          new Field("type", oneOf(Set.of("helm", "manifest", "command")), false, true));

  private static final Type HELM_CONFIG =
      model(
          text("name"),
          text("chart"),
          text("releaseName"),
          text("releaseNamespace"),
          text("repoName"),
          text("repoURL"),
          optional("values", DICT),
          optional("version", STR));

  private static final Type MANIFEST_RESOURCE =
      model(text("name"), new Field("manifest", DICT, false, false));

  private static final Type GPR_DETAILS =
      model(
          optional("enableAutoGpuSelection", BOOL),
          optional("exitDuration", STR),
          optional("memoryPerGpu", INT),
          optional("numberOfGPUNodes", INT),
          optional("numberOfGPUs", INT),
          optional("priority", INT),
          optional("requeueOnFailure", BOOL),
          optional("instanceType", STR),
          optional("gpuShape", STR));

  private static final Type GPR_STATUS =
      model(
          optional("gprName", STR),
          optional("gprType", STR),
          optional("gpuShape", STR),
          optional("instanceType", STR),
          optional("memoryPerGpu", INT),
          optional("numberOfGPUNodes", INT),
          optional("provisioningStatus", STR),
          optional("startTime", STR));

  private static final Type CONDITION =
      model(
          text("type"),
          text("status"),
          optional("reason", STR),
          optional("message", STR),
          optional("lastTransitionTime", STR),
          optional("observedGeneration", INT));

  private static final Type STEP_RESULT =
      model(
          text("name"),
          text("type"),
          new Field("success", BOOL, false, false),
          optional("message", STR),
          optional("duration", STR));

  private static final Type MANIFEST_CONDITION =
      model(
          optional(
              "identifier",
              model(
                  text("kind"),
                  text("name"),
                  optional("resource", STR),
                  optional("version", STR))));

  private static final Type CLUSTER_PLACEMENT_DECISION =
      model(
          text("clusterName"),
          optional("phase", STR),
          optional("message", STR),
          optional("currentStep", INT),
          optional("startTime", STR),
          optional("workloadPlacementName", STR),
          list("conditions", CONDITION),
          list("stepResults", STEP_RESULT),
          list("manifestConditions", MANIFEST_CONDITION),
          optional("gprStatus", GPR_STATUS));

  private static final Type STATUS =
      model(
          optional("placementStatus", STR),
          list("observedClusterNames", STR),
          list("clusterPlacementDecisions", CLUSTER_PLACEMENT_DECISION));

  private static final Type PLACEMENT =
      model(
          text("name"),
          text("workspaceName"),
          list("clusterNames", STR),
          optional("numPlacements", INT),
          optional("deletionPolicy", STR),
          optional("enableEGS", BOOL),
          optional("enableRedistribute", BOOL),
          optional("workloadTemplateName", STR),
          optional("createdAt", STR),
          optional("updatedAt", STR),
          optional("status", STATUS),
          optional("gprDetails", GPR_DETAILS),
          list("helmConfigs", HELM_CONFIG),
          list("manifestResources", MANIFEST_RESOURCE),
          list("steps", STEP));

  /** Why {@code GetWorkloadPlacementResponse(**data)} would fail; empty when it would not. */
  static List<String> placementProblems(JsonNode data) {
    List<String> problems = new ArrayList<>();
    PLACEMENT.check("data", data, problems);
    return problems;
  }

  /** Why {@code ListWorkloadPlacementResponse.from_api_response(data)} would fail. */
  static List<String> listProblems(JsonNode data) {
    List<String> problems = new ArrayList<>();
    if (!data.isArray()) {
      problems.add("data: not a list (the SDK would read no placements)");
      return problems;
    }
    for (int i = 0; i < data.size(); i++) {
      PLACEMENT.check("data[" + i + "]", data.get(i), problems);
    }
    return problems;
  }

  private static Field text(String name) {
    return new Field(name, STR, false, false);
  }

  private static Field optional(String name, Type type) {
    return new Field(name, type, true, false);
  }

  private static Field list(String name, Type element) {
    return new Field(
        name,
        (path, value, problems) -> {
          if (!value.isArray()) {
            problems.add(path + ": not a list");
            return;
          }
          for (int i = 0; i < value.size(); i++) {
            element.check(path + "[" + i + "]", value.get(i), problems);
          }
        },
        false,
        false);
  }

  private static Type is(Predicate<JsonNode> test, String what) {
    return (path, value, problems) -> {
      if (!test.test(value)) {
        problems.add(path + ": not " + what + " (" + value + ")");
      }
    };
  }

  private static Type oneOf(Set<String> values) {
    return (path, value, problems) -> {
      if (!value.isTextual() || !values.contains(value.asText())) {
        problems.add(path + ": not one of " + values + " (" + value + ")");
      }
    };
  }

  private static Type model(Field... fields) {
    return (path, value, problems) -> {
      if (!value.isObject()) {
        problems.add(path + ": not an object (" + value + ")");
        return;
      }
      for (Field field : fields) {
        JsonNode child = value.get(field.name());
        String childPath = path + "." + field.name();
        if (child == null) {
          if (field.required()) {
            problems.add(childPath + ": missing");
          }
        } else if (child.isNull()) {
          if (!field.nullable()) {
            problems.add(childPath + ": null");
          }
        } else {
          field.type().check(childPath, child, problems);
        }
      }
    };
  }
}

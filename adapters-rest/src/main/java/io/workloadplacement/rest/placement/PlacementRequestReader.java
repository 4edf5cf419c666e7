package io.workloadplacement.rest.placement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.GprDetails;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.HelmFlags;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.StepDraft;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a placement body field by field (sections 1 and 7 of the contract), taking the SDK's
 * aliases ({@code clusterNames}, {@code secretRef} as {@code {"name": ...}}) and the CRD's {@code
 * helmFlags.wait}, and reporting every value of the wrong JSON type and every unknown field.
 */
final class PlacementRequestReader {

  /** Read-only fields of the representation: a client may send back what it read. */
  static final Set<String> READ_ONLY = Set.of("status", "createdAt", "updatedAt");

  // bodies sent from one template repeat their configs: stored placements hold them once
  private static final SharedConfigs SHARED = new SharedConfigs();

  /** What reading found: the request, and what was wrong with the body. */
  record Result(
      PlacementRequest request, List<FieldViolation> typeErrors, List<String> unknownFields) {}

  private PlacementRequestReader() {}

  /** Reads {@code body}; {@code silentlyIgnored} top-level fields are skipped without a warning. */
  static Result read(ObjectNode body, Set<String> silentlyIgnored) {
    ReadProblems problems = new ReadProblems();
    JsonFields top = JsonFields.of(body, "", problems);
    top.ignore(silentlyIgnored);
    top.ignore(READ_ONLY);
    PlacementRequest request =
        new PlacementRequest(
            top.string("workspaceName"),
            top.string("name"),
            SHARED.list(clusters(top)),
            top.string("burstDuration"),
            top.string("deletionPolicy"),
            SHARED.list(top.list("helmConfigs", (node, path) -> helmConfig(node, path, problems))),
            SHARED.list(
                top.list("manifestResources", (node, path) -> manifest(node, path, problems))),
            SHARED.list(top.list("cmdExec", (node, path) -> command(node, path, problems))),
            top.list("steps", (node, path) -> step(node, path, problems)),
            top.integer("numPlacements"),
            top.string("workloadTemplateName"),
            top.string("serviceAccountName"),
            top.bool("enableBurst"),
            top.bool("enableEGS"),
            gprDetails(top));
    top.finish();
    return new Result(request, problems.typeErrors(), problems.unknownFields());
  }

  /**
   * {@code clusters}, or the SDK's {@code clusterNames}. Both at once must agree: a client sends
   * back what it read, and the representation shows both; two different lists are ambiguous.
   */
  private static List<String> clusters(JsonFields top) {
    if (top.has("clusters") && top.has("clusterNames")) {
      List<String> clusters = top.strings("clusters");
      if (!Objects.equals(clusters, top.strings("clusterNames"))) {
        top.problems().wrongType("clusterNames", "must not be sent together with clusters");
      }
      return clusters;
    }
    return top.has("clusterNames") ? top.strings("clusterNames") : top.strings("clusters");
  }

  private static HelmConfig helmConfig(JsonNode node, String path, ReadProblems problems) {
    JsonFields f = JsonFields.of(node, path, problems);
    if (f == null) {
      return null;
    }
    HelmConfig config =
        new HelmConfig(
            f.string("chart"),
            f.string("releaseName"),
            f.string("releaseNamespace"),
            f.string("repoName"),
            f.string("repoURL"),
            secretRef(f),
            f.freeForm("values"),
            f.string("name"),
            f.string("version"),
            helmFlags(f));
    f.finish();
    return config;
  }

  /** A string, or the SDK's {@code {"name": "..."}}. */
  private static String secretRef(JsonFields f) {
    JsonNode value = f.raw("secretRef");
    if (value == null || value.isTextual()) {
      return value == null ? null : value.textValue();
    }
    if (!value.isObject()) {
      f.problems().wrongType(f.pathOf("secretRef"), "must be a string or an object with a name");
      return null;
    }
    JsonFields ref = JsonFields.of(value, f.pathOf("secretRef"), f.problems());
    String name = ref.string("name");
    ref.finish();
    return name;
  }

  private static HelmFlags helmFlags(JsonFields f) {
    JsonFields flags = f.object("helmFlags");
    if (flags == null) {
      return null;
    }
    HelmFlags result =
        new HelmFlags(
            flags.bool("atomic"),
            flags.bool("cleanupOnFail"),
            flags.bool("createNamespace"),
            flags.bool("skipCRDs"),
            flags.bool("wait"),
            flags.string("timeout"));
    flags.finish();
    return result;
  }

  private static ManifestResource manifest(JsonNode node, String path, ReadProblems problems) {
    JsonFields f = JsonFields.of(node, path, problems);
    if (f == null) {
      return null;
    }
    // either shape, or a mix of both, which the domain's validation refuses
    ManifestResource manifest =
        new ManifestResource(
            f.string("name"),
            f.string("namespace"),
            f.string("apiVersion"),
            f.string("kind"),
            f.freeForm("data"),
            f.freeForm("manifest"));
    f.finish();
    return manifest;
  }

  private static GprDetails gprDetails(JsonFields top) {
    JsonFields f = top.object("gprDetails");
    if (f == null) {
      return null;
    }
    GprDetails gpr =
        new GprDetails(
            f.integer("memoryPerGpu"),
            f.bool("enableAutoGpuSelection"),
            f.integer("numberOfGPUs"),
            f.integer("numberOfGPUNodes"),
            f.string("instanceType"),
            f.string("gpuShape"),
            f.string("exitDuration"),
            f.integer("priority"));
    f.finish();
    return gpr;
  }

  private static CommandExecution command(JsonNode node, String path, ReadProblems problems) {
    JsonFields f = JsonFields.of(node, path, problems);
    if (f == null) {
      return null;
    }
    CommandExecution command = new CommandExecution(f.string("name"), f.string("cmd"));
    f.finish();
    return command;
  }

  private static StepDraft step(JsonNode node, String path, ReadProblems problems) {
    JsonFields f = JsonFields.of(node, path, problems);
    if (f == null) {
      return null;
    }
    StepDraft step = new StepDraft(f.string("name"), f.string("type"));
    f.finish();
    return step;
  }
}

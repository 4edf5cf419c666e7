package io.workloadplacement.conformance.generators;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.conformance.generators.Placements.Config;
import io.workloadplacement.conformance.kit.Gen;
import io.workloadplacement.conformance.model.Json;

/**
 * The parts of a valid body that only section 7's revision has (what the vendor's SDK sends): a
 * manifest item holding a whole Kubernetes object, the new optional fields and a valid gprDetails.
 * Each shrinks to absent or to its simplest form.
 */
public final class SectionSeven {

  private SectionSeven() {}

  /** {@code {"name": key, "manifest": {apiVersion, kind, metadata, ...}}}, as the SDK sends it. */
  static Gen<Config> manifest(int id) {
    return Gen.map2(
        Gen.elements("ConfigMap", "Deployment", "Service"),
        Gen.chance(0.6),
        (kind, namespaced) -> {
          String key = "obj-" + id;
          ObjectNode object = Json.object();
          object.put("apiVersion", kind.equals("Deployment") ? "apps/v1" : "v1");
          object.put("kind", kind);
          ObjectNode metadata = object.putObject("metadata").put("name", "custom-" + id);
          if (namespaced) {
            metadata.put("namespace", "bookinfo");
          }
          metadata.putObject("labels").put("app", "custom-" + id);
          switch (kind) {
            case "ConfigMap" -> object.putObject("data").put("mode", "burst");
            case "Deployment" -> object.putObject("spec").put("replicas", 1);
            default -> object.putObject("spec").putArray("ports").addObject().put("port", 80);
          }
          ObjectNode item = Json.object().put("name", key);
          item.set("manifest", object);
          return new Config("manifest", key, item);
        });
  }

  /** Some of section 7's optional fields, each present or not; none at the simplest. */
  static Gen<ObjectNode> fields() {
    Gen<ObjectNode> counts =
        Gen.map2(
            Gen.integer(0, 3),
            Gen.integer(0, 2),
            (placements, names) -> {
              ObjectNode out = Json.object();
              if (placements > 0) {
                out.put("numPlacements", placements);
              }
              if (names > 0) {
                out.put("workloadTemplateName", "llm-template");
              }
              if (names > 1) {
                out.put("serviceAccountName", "egs.workloads");
              }
              return out;
            });
    Gen<ObjectNode> flags =
        Gen.map2(
            Gen.integer(0, 2),
            Gen.integer(0, 2),
            (burst, egs) -> {
              ObjectNode out = Json.object();
              flag(out, "enableBurst", burst);
              flag(out, "enableEGS", egs);
              return out;
            });
    Gen<ObjectNode> gpr =
        Gen.chance(0.4)
            .flatMap(
                has ->
                    has
                        ? gprDetails().map(g -> (ObjectNode) Json.object().set("gprDetails", g))
                        : Gen.constant(Json.object()));
    return Gen.map2(Gen.map2(counts, flags, SectionSeven::merged), gpr, SectionSeven::merged);
  }

  private static void flag(ObjectNode out, String name, int choice) {
    if (choice > 0) {
      out.put(name, choice == 1);
    }
  }

  /**
   * A valid GPU provision request, with automatic GPU selection or with instanceType and gpuShape.
   * It asks for at most 2 GPUs per cluster, so a few placements fit a simulated cluster's 8.
   */
  public static Gen<ObjectNode> gprDetails() {
    Gen<ObjectNode> size =
        Gen.map2(
            Gen.integer(1, 2),
            Gen.elements(15, 40, 80),
            (gpus, memory) ->
                Json.object()
                    .put("numberOfGPUs", gpus)
                    .put("numberOfGPUNodes", 1)
                    .put("memoryPerGpu", memory));
    Gen<ObjectNode> terms =
        Gen.map2(
            Gen.elements("2h", "30m", "1d2h30m", "1d"),
            Gen.elements(1, 0, 101, 201),
            (exit, priority) -> Json.object().put("exitDuration", exit).put("priority", priority));
    Gen<ObjectNode> selection =
        Gen.chance(0.5)
            .map(
                manual ->
                    manual
                        ? Json.object()
                            .put("enableAutoGpuSelection", false)
                            .put("instanceType", "n1-standard-8")
                            .put("gpuShape", "Tesla-T4")
                        : Json.object().put("enableAutoGpuSelection", true));
    return Gen.map2(Gen.map2(size, terms, SectionSeven::merged), selection, SectionSeven::merged);
  }

  /**
   * The fields of both, in a new object: generated values are shared between shrink candidates, so
   * they are never changed in place.
   */
  static ObjectNode merged(ObjectNode a, ObjectNode b) {
    ObjectNode out = a.deepCopy();
    b.fields().forEachRemaining(e -> out.set(e.getKey(), e.getValue().deepCopy()));
    return out;
  }
}

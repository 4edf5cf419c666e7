package io.workloadplacement.conformance.generators;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.conformance.kit.Gen;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import java.util.ArrayList;
import java.util.List;

/**
 * Valid placement bodies (without {@code name}) over the target's workspaces and clusters, in both
 * of the contract's shapes and any mix of them when the target speaks both (else v1.15's alone):
 * v1.15's (burstDuration and deletionPolicy given, manifests as apiVersion/kind/data) and section
 * 7's (either left out, manifests as whole Kubernetes objects, the new fields, gprDetails). Steps
 * are generated from the configs in a second stage, so shrinking away a config regenerates steps
 * that still resolve. Everything shrinks towards the v1.15 shape.
 */
public final class Placements {

  /** Burst durations in the CRD syntax, simplest first. */
  public static final List<String> BURSTS =
      List.of("15m", "90s", "1h", "1.5h", "2h30m", "1d", "45m", "10m", "5m", "2m", "3600s");

  private Placements() {}

  /** One kind of step config, with its step key. */
  record Config(String type, String key, ObjectNode body) {}

  /** Where a placement runs. */
  private record Where(String workspace, List<String> clusters) {}

  /** How long it runs and what happens to its deployments after; null when left out. */
  private record How(String burst, String policy) {}

  /** Where and how. */
  private record Head(Where where, How how) {}

  /** The configs and the steps that run some of them. */
  private record Parts(List<Config> configs, List<Config> steps) {}

  /** A valid placement body without a name. */
  public static Gen<ObjectNode> valid(TargetCapabilities caps) {
    Gen<Where> where = Gen.map2(Gen.elements(caps.workspaces()), clusters(caps), Where::new);
    boolean current = caps.currentRevision();
    Gen<How> how =
        current
            ? Gen.map2(
                leftOutSometimes(Gen.elements(BURSTS)),
                leftOutSometimes(Gen.elements("Delete", "Retain")),
                How::new)
            : Gen.map2(Gen.elements(BURSTS), Gen.elements("Delete", "Retain"), How::new);
    Gen<Parts> parts = configs(current).flatMap(c -> stepsFor(c).map(steps -> new Parts(c, steps)));
    Gen<ObjectNode> placement =
        Gen.map2(
            Gen.map2(where, how, Head::new),
            parts,
            (head, p) ->
                body(
                    head.where().workspace(),
                    head.where().clusters(),
                    head.how().burst(),
                    head.how().policy(),
                    p.configs(),
                    p.steps()));
    return current ? Gen.map2(placement, SectionSeven.fields(), SectionSeven::merged) : placement;
  }

  /** {@code gen}'s value, or null (the field left out) one time in four. */
  private static Gen<String> leftOutSometimes(Gen<String> gen) {
    return Gen.chance(0.25).flatMap(out -> out ? Gen.constant((String) null) : gen);
  }

  /** 1 to 3 distinct clusters of the target. */
  public static Gen<List<String>> clusters(TargetCapabilities caps) {
    int max = Math.min(3, caps.clusters().size());
    return Gen.integer(1, max)
        .flatMap(n -> Gen.distinctIndices(caps.clusters().size(), n))
        .map(indices -> indices.stream().map(caps.clusters()::get).toList());
  }

  /** 1 to 5 configs of any kinds, keys unique per kind by construction. */
  static Gen<List<Config>> configs(boolean currentRevision) {
    Gen<Config> config =
        Gen.integer(0, 2)
            .flatMap(
                kind ->
                    Gen.integer(0, 9)
                        .flatMap(
                            id ->
                                switch (kind) {
                                  case 0 -> command(id);
                                  case 1 -> manifest(id, currentRevision);
                                  default -> helm(id);
                                }));
    return Gen.listOf(config, 1, 5).map(Placements::uniqueKeys).filter(l -> !l.isEmpty());
  }

  private static List<Config> uniqueKeys(List<Config> configs) {
    List<Config> out = new ArrayList<>();
    for (Config c : configs) {
      if (out.stream().noneMatch(o -> o.type().equals(c.type()) && o.key().equals(c.key()))) {
        out.add(c);
      }
    }
    return out;
  }

  static Gen<Config> command(int id) {
    return Gen.elements("kubectl get pods -n bookinfo", "echo ready", "kubectl apply -f app.yaml")
        .map(
            cmd -> {
              String key = "cmd-" + id;
              return new Config("command", key, Json.object().put("name", key).put("cmd", cmd));
            });
  }

  static Gen<Config> manifest(int id, boolean currentRevision) {
    return currentRevision
        ? Gen.chance(0.4).flatMap(whole -> whole ? SectionSeven.manifest(id) : v115Manifest(id))
        : v115Manifest(id);
  }

  private static Gen<Config> v115Manifest(int id) {
    return Gen.elements("ConfigMap", "Deployment", "Namespace")
        .flatMap(
            kind ->
                Gen.chance(0.7)
                    .map(
                        namespaced -> {
                          String key = "res-" + id;
                          ObjectNode m = Json.object().put("name", key);
                          if (namespaced && !kind.equals("Namespace")) {
                            m.put("namespace", "bookinfo");
                          }
                          m.put("apiVersion", kind.equals("Deployment") ? "apps/v1" : "v1");
                          m.put("kind", kind);
                          if (kind.equals("ConfigMap")) {
                            m.putObject("data").put("ui.properties", "color=purple\ntheme=dark");
                          } else if (kind.equals("Deployment")) {
                            m.putObject("data").putObject("spec").put("replicas", 2);
                          }
                          return new Config("manifest", key, m);
                        }));
  }

  static Gen<Config> helm(int id) {
    return Gen.integer(0, 3)
        .flatMap(
            variant ->
                Gen.integer(1, 5)
                    .map(
                        replicas -> {
                          String release = "rel-" + id;
                          ObjectNode h =
                              Json.object()
                                  .put("chart", "vaidio/cuda")
                                  .put("releaseName", release)
                                  .put("releaseNamespace", "bookinfo")
                                  .put("repoName", "vaidio")
                                  .put("repoURL", "https://charts.example.com/vaidio/");
                          h.putObject("values").put("replicaCount", replicas);
                          String key = release;
                          // variants: explicit step key, secretRef as string or as {"name": ...}
                          if (variant == 1) {
                            key = "helm-" + id;
                            h.put("name", key).put("version", "1.2.3");
                          } else if (variant == 2) {
                            h.put("secretRef", "vaidio-secret");
                          } else if (variant == 3) {
                            h.putObject("secretRef").put("name", "vaidio-secret");
                            h.putObject("helmFlags").put("atomic", true).put("wait", true);
                          }
                          return new Config("helm", key, h);
                        }));
  }

  /** A nonempty, shuffled selection of the configs as steps (unreferenced configs are allowed). */
  static Gen<List<Config>> stepsFor(List<Config> configs) {
    return Gen.integer(1, configs.size())
        .flatMap(n -> Gen.distinctIndices(configs.size(), n))
        .map(indices -> indices.stream().map(configs::get).toList());
  }

  static ObjectNode body(
      String workspace,
      List<String> clusters,
      String burst,
      String policy,
      List<Config> configs,
      List<Config> steps) {
    ObjectNode body = Json.object().put("workspaceName", workspace);
    ArrayNode cl = body.putArray("clusters");
    clusters.forEach(cl::add);
    if (burst != null) {
      body.put("burstDuration", burst);
    }
    if (policy != null) {
      body.put("deletionPolicy", policy);
    }
    body.set("helmConfigs", array(configs, "helm"));
    body.set("manifestResources", array(configs, "manifest"));
    body.set("cmdExec", array(configs, "command"));
    ArrayNode st = body.putArray("steps");
    steps.forEach(s -> st.addObject().put("name", s.key()).put("type", s.type()));
    return body;
  }

  private static ArrayNode array(List<Config> configs, String type) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    configs.stream().filter(c -> c.type().equals(type)).forEach(c -> out.add(c.body().deepCopy()));
    return out;
  }
}

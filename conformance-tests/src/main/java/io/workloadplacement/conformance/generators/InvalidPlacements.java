package io.workloadplacement.conformance.generators;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.conformance.kit.Gen;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.model.SpecValidator;
import io.workloadplacement.conformance.model.Violation;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import java.util.List;

/**
 * Invalid placement bodies, one generator per kind of violation of sections 1 and 7 of the
 * contract, each with the violation a 400 must name. A bad config is appended (with a step naming
 * it) rather than edited in place, so the case holds exactly the violation it is about; a bad
 * gprDetails breaks one rule of a valid one (two such mutations break two rules at once).
 */
public final class InvalidPlacements {

  /**
   * An invalid body and what is wrong with it.
   *
   * @param kind the kind of violation, for reports
   * @param body the body; its name is the allocated name followed by {@code nameSuffix}
   * @param nameSuffix appended to the allocated name (non-empty for invalid names)
   * @param expected the violations the 400 must name
   */
  public record InvalidCase(
      String kind, ObjectNode body, String nameSuffix, List<Violation> expected) {

    /** The body to send, named {@code allocated + nameSuffix}. */
    public ObjectNode named(String allocated) {
      return body.deepCopy().put("name", allocated + nameSuffix);
    }

    @Override
    public String toString() {
      return kind + ": " + Json.write(body) + " expecting " + expected;
    }
  }

  /** Makes a valid body invalid in place and returns the violation it introduced. */
  @FunctionalInterface
  interface Mutation {
    Violation apply(ObjectNode body);
  }

  private record Kind(String name, Gen<Mutation> mutation) {}

  private InvalidPlacements() {}

  /** An invalid body of any kind, sometimes with two violations at once. */
  public static Gen<InvalidCase> any(TargetCapabilities caps) {
    boolean current = caps.currentRevision();
    List<Kind> kinds = current ? sectionSevenToo(kinds(current)) : kinds(current);
    Gen<InvalidCase> single = Gen.integer(0, kinds.size() - 1).flatMap(i -> of(caps, kinds.get(i)));
    Gen<InvalidCase> badName =
        Gen.map2(
            Placements.valid(caps),
            Gen.elements("_x", "-UP", "..x", "-", "-" + "a".repeat(250)),
            (body, suffix) ->
                new InvalidCase(
                    "bad name", body, suffix, List.of(Violation.at("bad name", "name"))));
    // a second violation may hide the first (steps added to a body without steps), so the model
    // says which violations the combined body holds
    Gen<InvalidCase> twice =
        Gen.map2(
                single,
                Gen.integer(0, kinds.size() - 1).flatMap(i -> kinds.get(i).mutation()),
                (first, second) -> {
                  ObjectNode both = first.body().deepCopy();
                  second.apply(both);
                  return new InvalidCase(
                      first.kind() + " and more",
                      both,
                      "",
                      // the real name is set later and is valid
                      SpecValidator.validate(both.deepCopy().put("name", "valid-name"), current));
                })
            .filter(c -> !c.expected().isEmpty());
    return Gen.frequency(List.of(8, 1, 2), List.of(single, badName, twice));
  }

  private static Gen<InvalidCase> of(TargetCapabilities caps, Kind kind) {
    return Gen.map2(
        Placements.valid(caps),
        kind.mutation(),
        (valid, mutation) -> {
          ObjectNode body = valid.deepCopy();
          Violation v = mutation.apply(body);
          return new InvalidCase(kind.name(), body, "", List.of(v));
        });
  }

  /** v1.15's kinds; both revisions leave burstDuration and deletionPolicy optional. */
  private static List<Kind> kinds(boolean currentRevision) {
    return List.of(
        scalar("workspaceName", "Bad_WS", "-ws", "w".repeat(64), null),
        new Kind("missing clusters", Gen.constant(b -> remove(b, "clusters"))),
        new Kind(
            "empty clusters", Gen.constant(b -> set(b, "clusters", Json.MAPPER.createArrayNode()))),
        new Kind("duplicate cluster", Gen.constant(InvalidPlacements::duplicateCluster)),
        new Kind(
            "bad cluster",
            Gen.elements("Worker_1", "-c", "c".repeat(64)).map(InvalidPlacements::badCluster)),
        // with section 7 both may be left out: then only a bad value breaks them
        scalar(
            "burstDuration",
            orLeftOut(
                currentRevision, "15", "abc", "0s", "-5m", "15 m", "1y", "0m0s", "1s".repeat(51))),
        scalar("deletionPolicy", orLeftOut(currentRevision, "delete", "Keep", "")),
        new Kind("no configs", Gen.constant(InvalidPlacements::noConfigs)),
        helm("chart", "", "   ", null),
        helm("releaseName", "Cuda", "r".repeat(54), "-rel", null),
        helm("releaseNamespace", "Book_Info", null),
        helm("repoName", "", null),
        helm("repoURL", "ftp://charts.example.com/x", "not a url", "/charts", null),
        manifest("name", "Sample_CM", null),
        manifest("apiVersion", "", null),
        manifest("kind", "", null),
        manifest("namespace", "Bad_NS"),
        command("cmd", "", "   ", "x".repeat(4097), null),
        new Kind("command without name", Gen.constant(InvalidPlacements::commandWithoutName)),
        new Kind("missing steps", Gen.constant(b -> remove(b, "steps"))),
        new Kind("empty steps", Gen.constant(b -> set(b, "steps", Json.MAPPER.createArrayNode()))),
        new Kind(
            "bad step type", Gen.elements("Helm", "chart", "").map(InvalidPlacements::badStepType)),
        new Kind(
            "unresolved step",
            Gen.elements("command", "helm", "manifest").map(InvalidPlacements::unresolvedStep)),
        new Kind("repeated step", Gen.constant(InvalidPlacements::repeatedStep)),
        new Kind("duplicate config key", Gen.constant(InvalidPlacements::duplicateKey)));
  }

  /** {@code v115} and the kinds only section 7 has. */
  private static List<Kind> sectionSevenToo(List<Kind> v115) {
    List<Kind> all = new java.util.ArrayList<>(v115);
    all.addAll(sectionSevenKinds());
    return all;
  }

  private static List<Kind> sectionSevenKinds() {
    return List.of(
        new Kind(
            "manifest mixed with v1.15 fields",
            Gen.elements("apiVersion", "kind", "namespace", "data")
                .map(InvalidPlacements::mixedManifest)),
        new Kind(
            "bad manifest object",
            Gen.elements("apiVersion", "kind", "metadata.name", "metadata", "manifest")
                .map(InvalidPlacements::badManifestObject)),
        new Kind(
            "bad numPlacements",
            Gen.elements(0, -1).map(n -> b -> put(b, "numPlacements", Json.MAPPER.valueToTree(n)))),
        new Kind(
            "bad template or service account name",
            Gen.map2(
                Gen.elements("workloadTemplateName", "serviceAccountName"),
                Gen.elements("Bad_Name", "-sa", ""),
                (field, value) -> b -> put(b, field, Json.MAPPER.valueToTree(value)))),
        new Kind(
            "non-boolean flag",
            Gen.elements("enableBurst", "enableEGS")
                .map(f -> b -> put(b, f, Json.MAPPER.valueToTree("yes")))),
        new Kind("bad gprDetails", GprRules.any()));
  }

  private static Violation put(
      ObjectNode body, String field, com.fasterxml.jackson.databind.JsonNode value) {
    body.set(field, value);
    return Violation.at(field + " = " + value, field);
  }

  /** Appends a section 7 manifest item that also carries v1.15's {@code field}, and its step. */
  private static Mutation mixedManifest(String field) {
    return body -> {
      ObjectNode item = goodWholeManifest();
      switch (field) {
        case "data" -> item.putObject("data").put("k", "v");
        case "namespace" -> item.put("namespace", "bookinfo");
        default -> item.put(field, field.equals("kind") ? "ConfigMap" : "v1");
      }
      String path = appendManifest(body, item);
      return Violation.at("manifest beside " + field, path);
    };
  }

  /** Appends a section 7 manifest item whose object breaks {@code part}, and its step. */
  private static Mutation badManifestObject(String part) {
    return body -> {
      ObjectNode item = goodWholeManifest();
      ObjectNode object = (ObjectNode) item.get("manifest");
      switch (part) {
        case "manifest" -> item.put("manifest", "kind: ConfigMap");
        case "metadata" -> object.remove("metadata");
        case "metadata.name" -> ((ObjectNode) object.get("metadata")).put("name", "Bad_Name");
        default -> object.remove(part);
      }
      String path = appendManifest(body, item);
      return Violation.at(
          "manifest " + part,
          part.equals("manifest") ? path + ".manifest" : path + ".manifest." + part);
    };
  }

  private static String appendManifest(ObjectNode body, ObjectNode item) {
    ArrayNode manifests = array(body, "manifestResources");
    manifests.add(item);
    array(body, "steps")
        .addObject()
        .put("name", item.path("name").asText())
        .put("type", "manifest");
    return "manifestResources[" + (manifests.size() - 1) + "]";
  }

  private static ObjectNode goodWholeManifest() {
    ObjectNode item = Json.object().put("name", "extra-object");
    ObjectNode object = item.putObject("manifest").put("apiVersion", "v1").put("kind", "ConfigMap");
    object.putObject("metadata").put("name", "extra-object").put("namespace", "bookinfo");
    object.putObject("data").put("mode", "burst");
    return item;
  }

  /** {@code bad}, and null (the field left out) where v1.15 alone requires the field. */
  private static String[] orLeftOut(boolean currentRevision, String... bad) {
    if (currentRevision) {
      return bad;
    }
    String[] withNull = java.util.Arrays.copyOf(bad, bad.length + 1);
    return withNull;
  }

  /** A top-level field set to each bad value in turn; null removes it. */
  private static Kind scalar(String field, String... bad) {
    return new Kind(
        "bad " + field,
        Gen.elements(bad)
            .map(
                value ->
                    body -> {
                      if (value == null) {
                        body.remove(field);
                      } else {
                        body.put(field, value);
                      }
                      return Violation.at(field + " = " + value, field);
                    }));
  }

  private static Kind helm(String field, String... bad) {
    return appended("helmConfigs", "helm", field, bad, InvalidPlacements::goodHelm);
  }

  private static Kind manifest(String field, String... bad) {
    return appended("manifestResources", "manifest", field, bad, InvalidPlacements::goodManifest);
  }

  private static Kind command(String field, String... bad) {
    return appended("cmdExec", "command", field, bad, InvalidPlacements::goodCommand);
  }

  /** Appends a good config of {@code list}, a step naming it, then breaks {@code field}. */
  private static Kind appended(
      String list,
      String type,
      String field,
      String[] bad,
      java.util.function.Supplier<ObjectNode> good) {
    return new Kind(
        "bad " + list + "[]." + field,
        Gen.elements(bad)
            .map(
                value ->
                    body -> {
                      ArrayNode configs = array(body, list);
                      ObjectNode config = good.get();
                      if (value == null) {
                        config.remove(field);
                      } else {
                        config.put(field, value);
                      }
                      configs.add(config);
                      String path = list + "[" + (configs.size() - 1) + "]." + field;
                      if (!field.equals("name")) {
                        array(body, "steps")
                            .addObject()
                            .put("name", config.path("name").asText())
                            .put("type", type);
                      }
                      return Violation.at(field + " = " + value, path);
                    }));
  }

  private static ObjectNode goodHelm() {
    return Json.object()
        .put("name", "extra-helm")
        .put("chart", "vaidio/extra")
        .put("releaseName", "extra")
        .put("releaseNamespace", "bookinfo")
        .put("repoName", "vaidio")
        .put("repoURL", "oci://registry.example.com/charts");
  }

  private static ObjectNode goodManifest() {
    return Json.object().put("name", "extra-cm").put("apiVersion", "v1").put("kind", "ConfigMap");
  }

  private static ObjectNode goodCommand() {
    return Json.object().put("name", "extra-cmd").put("cmd", "echo extra");
  }

  private static Violation duplicateCluster(ObjectNode body) {
    ArrayNode clusters = array(body, "clusters");
    if (clusters.isEmpty()) {
      clusters.add("conf-dup"); // another mutation emptied the list first
    }
    clusters.add(clusters.get(0).deepCopy());
    return Violation.at("repeated cluster", "clusters[" + (clusters.size() - 1) + "]")
        .orExactly("clusters");
  }

  private static Mutation badCluster(String bad) {
    return body -> {
      ArrayNode clusters = array(body, "clusters");
      clusters.add(bad);
      return Violation.at("cluster " + bad, "clusters[" + (clusters.size() - 1) + "]");
    };
  }

  private static Violation noConfigs(ObjectNode body) {
    body.remove("helmConfigs");
    body.putArray("manifestResources");
    body.remove("cmdExec");
    return Violation.exactly(
        "no configs at all", "helmConfigs", "manifestResources", "cmdExec", "");
  }

  private static Violation commandWithoutName(ObjectNode body) {
    ArrayNode commands = array(body, "cmdExec");
    commands.addObject().put("cmd", "echo anonymous");
    return Violation.at("command without name", "cmdExec[" + (commands.size() - 1) + "].name");
  }

  private static Mutation badStepType(String type) {
    return body -> {
      ArrayNode steps = array(body, "steps");
      steps.addObject().put("name", "whatever").put("type", type);
      return Violation.at("step type " + type, "steps[" + (steps.size() - 1) + "].type");
    };
  }

  private static Mutation unresolvedStep(String type) {
    return body -> {
      ArrayNode steps = array(body, "steps");
      steps.addObject().put("name", "ghost").put("type", type);
      return Violation.at("unresolved " + type + " step", "steps[" + (steps.size() - 1) + "]");
    };
  }

  private static Violation repeatedStep(ObjectNode body) {
    ArrayNode steps = array(body, "steps");
    if (steps.isEmpty()) {
      steps.addObject().put("name", "ghost").put("type", "command");
    }
    steps.add(steps.get(0).deepCopy());
    return Violation.at("repeated step", "steps[" + (steps.size() - 1) + "]").orExactly("steps");
  }

  private static Violation duplicateKey(ObjectNode body) {
    for (String list : List.of("cmdExec", "manifestResources", "helmConfigs")) {
      ArrayNode configs = array(body, list);
      if (!configs.isEmpty()) {
        configs.add(configs.get(0).deepCopy());
        return Violation.at("duplicate key in " + list, list + "[" + (configs.size() - 1) + "]")
            .orExactly(list);
      }
    }
    ArrayNode commands = array(body, "cmdExec");
    commands.add(goodCommand());
    commands.add(goodCommand());
    return Violation.at("duplicate key in cmdExec", "cmdExec[" + (commands.size() - 1) + "]")
        .orExactly("cmdExec");
  }

  private static Violation remove(ObjectNode body, String field) {
    body.remove(field);
    return Violation.at("missing " + field, field);
  }

  private static Violation set(ObjectNode body, String field, ArrayNode value) {
    body.set(field, value);
    return Violation.at("empty " + field, field);
  }

  private static ArrayNode array(ObjectNode body, String field) {
    return body.has(field) && body.get(field).isArray()
        ? (ArrayNode) body.get(field)
        : body.putArray(field);
  }
}

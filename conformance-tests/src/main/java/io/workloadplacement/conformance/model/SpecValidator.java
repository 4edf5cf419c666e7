package io.workloadplacement.conformance.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The validation rules of sections 1 and 7 of the contract, written from the contract alone: every
 * violation of a placement body, each with the paths a 400 may name it by.
 */
public final class SpecValidator {

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DURATION =
      Pattern.compile("^(\\d+(\\.\\d+)?(ns|us|µs|ms|s|m|h|d))+$");
  private static final Pattern DURATION_PART =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h|d)");
  private static final Pattern EXIT_DURATION = Pattern.compile("(\\d+d)?(\\d+h)?(\\d+m)?");
  private static final List<String> V115_MANIFEST_FIELDS =
      List.of("apiVersion", "kind", "namespace", "data");
  private static final Map<String, String> KEY_OF_STEP_TYPE =
      Map.of("helm", "helmConfigs", "manifest", "manifestResources", "command", "cmdExec");

  private final List<Violation> found = new ArrayList<>();
  private final boolean currentRevision;

  private SpecValidator(boolean currentRevision) {
    this.currentRevision = currentRevision;
  }

  /** Every violation in {@code spec}; empty when the contract (both revisions) accepts it. */
  public static List<Violation> validate(JsonNode spec) {
    return validate(spec, true);
  }

  /**
   * Every violation in {@code spec} for a target that speaks section 7 beside v1.15 ({@code
   * currentRevision}), or v1.15 alone, where burstDuration and deletionPolicy are required.
   */
  public static List<Violation> validate(JsonNode spec, boolean currentRevision) {
    SpecValidator v = new SpecValidator(currentRevision);
    v.check(spec);
    return List.copyOf(v.found);
  }

  private void check(JsonNode spec) {
    label(spec.get("workspaceName"), "workspaceName", 63);
    subdomain(spec.get("name"), "name");
    clusters(spec.has("clusters") ? spec.get("clusters") : spec.get("clusterNames"));
    // both optional since section 7: no burstDuration is a burst without a timed end
    if (present(spec.get("burstDuration")) || !currentRevision) {
      burstDuration(spec.get("burstDuration"));
    }
    JsonNode policy = spec.get("deletionPolicy");
    if ((present(policy) || !currentRevision)
        && (!isText(policy)
            || !(policy.asText().equals("Delete") || policy.asText().equals("Retain")))) {
      add(Violation.at("deletionPolicy must be Delete or Retain", "deletionPolicy"));
    }
    Map<String, Set<String>> keys = new HashMap<>();
    keys.put("helmConfigs", configKeys(spec.get("helmConfigs"), "helmConfigs", this::helm));
    keys.put(
        "manifestResources",
        configKeys(spec.get("manifestResources"), "manifestResources", this::manifest));
    keys.put("cmdExec", configKeys(spec.get("cmdExec"), "cmdExec", this::command));
    if (keys.values().stream().allMatch(Set::isEmpty) && noConfigs(spec)) {
      add(
          Violation.exactly(
              "at least one of helmConfigs, manifestResources, cmdExec",
              "helmConfigs",
              "manifestResources",
              "cmdExec",
              ""));
    }
    steps(spec.get("steps"), keys);
    sectionSevenFields(spec);
  }

  private void sectionSevenFields(JsonNode spec) {
    JsonNode count = spec.get("numPlacements");
    if (present(count) && !positiveInteger(count)) {
      add(Violation.at("numPlacements must be an integer of at least 1", "numPlacements"));
    }
    for (String field : List.of("workloadTemplateName", "serviceAccountName")) {
      if (present(spec.get(field))) {
        subdomain(spec.get(field), field);
      }
    }
    for (String field : List.of("enableBurst", "enableEGS")) {
      if (present(spec.get(field)) && !spec.get(field).isBoolean()) {
        add(Violation.at(field + " must be a boolean", field));
      }
    }
    JsonNode gpr = spec.get("gprDetails");
    if (present(gpr)) {
      gprDetails(gpr);
    }
  }

  /** The GPU provision request: each rule its own violation, at {@code gprDetails.<field>}. */
  private void gprDetails(JsonNode gpr) {
    if (!gpr.isObject()) {
      add(Violation.at("gprDetails must be an object", "gprDetails"));
      return;
    }
    for (String field : List.of("memoryPerGpu", "numberOfGPUs", "numberOfGPUNodes")) {
      if (present(gpr.get(field)) && !positiveInteger(gpr.get(field))) {
        add(Violation.at(field + " must be an integer of at least 1", "gprDetails." + field));
      }
    }
    List<String> selection = List.of("instanceType", "gpuShape");
    for (String field : selection) {
      if (present(gpr.get(field)) && !gpr.get(field).isTextual()) {
        add(Violation.at(field + " must be a string", "gprDetails." + field));
      }
    }
    JsonNode auto = gpr.get("enableAutoGpuSelection");
    if (!present(auto) || !auto.isBoolean()) {
      add(
          Violation.at(
              "enableAutoGpuSelection is required, a boolean",
              "gprDetails.enableAutoGpuSelection"));
    } else {
      for (String field : selection) {
        if (auto.booleanValue() && present(gpr.get(field))) {
          add(
              Violation.at(
                  field + " must not be given with enableAutoGpuSelection", "gprDetails." + field));
        } else if (!auto.booleanValue() && !present(gpr.get(field))) {
          add(
              Violation.at(
                  field + " is required without enableAutoGpuSelection", "gprDetails." + field));
        }
      }
    }
    JsonNode exit = gpr.get("exitDuration");
    if (!isText(exit) || !exitDuration(exit.asText())) {
      add(
          Violation.at(
              "exitDuration is required: days, hours, minutes as in 1d2h30m, not zero",
              "gprDetails.exitDuration"));
    }
    JsonNode priority = gpr.get("priority");
    if (!present(priority) || !priority.isIntegralNumber() || !priority.canConvertToInt()) {
      add(Violation.at("priority is required, an integer", "gprDetails.priority"));
    }
  }

  private static boolean exitDuration(String text) {
    return !text.isEmpty()
        && EXIT_DURATION.matcher(text).matches()
        && Pattern.compile("\\d+")
            .matcher(text)
            .results()
            .anyMatch(n -> new BigDecimal(n.group()).signum() > 0);
  }

  private static boolean positiveInteger(JsonNode node) {
    return node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 1;
  }

  private static boolean present(JsonNode node) {
    return node != null && !node.isNull();
  }

  private static boolean noConfigs(JsonNode spec) {
    return List.of("helmConfigs", "manifestResources", "cmdExec").stream()
        .allMatch(f -> !spec.has(f) || spec.get(f).isNull() || spec.get(f).isEmpty());
  }

  private void clusters(JsonNode clusters) {
    if (clusters == null || !clusters.isArray() || clusters.isEmpty() || clusters.size() > 100) {
      add(Violation.at("clusters must hold 1 to 100 names", "clusters", "clusterNames"));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < clusters.size(); i++) {
      JsonNode c = clusters.get(i);
      if (!isText(c) || !matches(LABEL, c.asText(), 63)) {
        add(Violation.at("cluster name must be a DNS-1123 label", "clusters[" + i + "]"));
      } else if (!seen.add(c.asText())) {
        add(
            Violation.at("clusters must be distinct", "clusters[" + i + "]")
                .orExactly("clusters", "clusterNames"));
      }
    }
  }

  private void burstDuration(JsonNode node) {
    if (!isText(node)
        || node.asText().length() > 100
        || !DURATION.matcher(node.asText()).matches()
        || !positive(node.asText())) {
      add(Violation.at("burstDuration must be a positive duration", "burstDuration"));
    }
  }

  private static boolean positive(String text) {
    Matcher part = DURATION_PART.matcher(text);
    while (part.find()) {
      if (new BigDecimal(part.group(1)).signum() > 0) {
        return true;
      }
    }
    return false;
  }

  private interface ConfigCheck {
    /** Checks one config and returns its step key, or null when it has none. */
    String check(JsonNode config, String path);
  }

  private Set<String> configKeys(JsonNode list, String field, ConfigCheck check) {
    Set<String> keys = new HashSet<>();
    if (list == null || list.isNull()) {
      return keys;
    }
    if (!list.isArray()) {
      add(Violation.at(field + " must be an array", field));
      return keys;
    }
    for (int i = 0; i < list.size(); i++) {
      String path = field + "[" + i + "]";
      String key = check.check(list.get(i), path);
      if (key != null && !keys.add(key)) {
        add(Violation.at("duplicate key " + key + " in " + field, path).orExactly(field));
      }
    }
    return keys;
  }

  private String helm(JsonNode helm, String path) {
    nonBlank(helm.get("chart"), path + ".chart");
    boolean release = label(helm.get("releaseName"), path + ".releaseName", 53);
    label(helm.get("releaseNamespace"), path + ".releaseNamespace", 63);
    nonBlank(helm.get("repoName"), path + ".repoName");
    if (!repositoryUrl(helm.get("repoURL"))) {
      add(Violation.at("repoURL must be an absolute http, https or oci URL", path + ".repoURL"));
    }
    JsonNode name = helm.get("name");
    if (isText(name)) {
      return name.asText();
    }
    return release ? helm.get("releaseName").asText() : null;
  }

  private String manifest(JsonNode manifest, String path) {
    if (present(manifest.get("manifest"))) {
      return wholeObject(manifest, path);
    }
    boolean named = subdomain(manifest.get("name"), path + ".name");
    nonBlank(manifest.get("apiVersion"), path + ".apiVersion");
    nonBlank(manifest.get("kind"), path + ".kind");
    JsonNode namespace = manifest.get("namespace");
    if (namespace != null && !namespace.isNull()) {
      label(namespace, path + ".namespace", 63);
    }
    return named ? manifest.get("name").asText() : null;
  }

  /**
   * Section 7's item {@code {"name", "manifest": {<a Kubernetes object>}}}: the name is the step
   * key, the object names itself; mixed with v1.15's fields it is refused (one violation, which the
   * server may name at the item or any field of it).
   */
  private String wholeObject(JsonNode item, String path) {
    if (V115_MANIFEST_FIELDS.stream().anyMatch(f -> present(item.get(f)))) {
      add(Violation.at("manifest mixed with v1.15's apiVersion, kind, namespace or data", path));
    }
    boolean named = nonBlank(item.get("name"), path + ".name");
    JsonNode object = item.get("manifest");
    if (!object.isObject()) {
      add(Violation.at("manifest must be a Kubernetes object", path + ".manifest"));
      return named ? item.get("name").asText() : null;
    }
    nonBlank(object.get("apiVersion"), path + ".manifest.apiVersion");
    nonBlank(object.get("kind"), path + ".manifest.kind");
    JsonNode metadata = object.get("metadata");
    if (metadata == null || !metadata.isObject()) {
      add(Violation.at("manifest.metadata.name is required", path + ".manifest.metadata"));
    } else {
      subdomain(metadata.get("name"), path + ".manifest.metadata.name");
      if (present(metadata.get("namespace"))) {
        label(metadata.get("namespace"), path + ".manifest.metadata.namespace", 63);
      }
    }
    return named ? item.get("name").asText() : null;
  }

  private String command(JsonNode command, String path) {
    boolean named = nonBlank(command.get("name"), path + ".name");
    JsonNode cmd = command.get("cmd");
    if (nonBlank(cmd, path + ".cmd") && cmd.asText().length() > 4096) {
      add(Violation.at("cmd must be at most 4096 characters", path + ".cmd"));
    }
    return named ? command.get("name").asText() : null;
  }

  private void steps(JsonNode steps, Map<String, Set<String>> keys) {
    if (steps == null || !steps.isArray() || steps.isEmpty() || steps.size() > 300) {
      add(Violation.at("steps must hold 1 to 300 steps", "steps"));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      String path = "steps[" + i + "]";
      JsonNode step = steps.get(i);
      boolean named = nonBlank(step.get("name"), path + ".name");
      JsonNode type = step.get("type");
      String list = isText(type) ? KEY_OF_STEP_TYPE.get(type.asText()) : null;
      if (list == null) {
        add(Violation.at("step type must be helm, manifest or command", path + ".type"));
        continue;
      }
      if (!named) {
        continue;
      }
      String name = step.get("name").asText();
      if (!keys.get(list).contains(name)) {
        add(Violation.at("step " + name + " names no entry of " + list, path));
      } else if (!seen.add(type.asText() + "/" + name)) {
        add(Violation.at("step " + name + " repeated", path).orExactly("steps"));
      }
    }
  }

  private boolean label(JsonNode node, String path, int max) {
    if (isText(node) && matches(LABEL, node.asText(), max)) {
      return true;
    }
    add(Violation.at("must be a DNS-1123 label of at most " + max, path));
    return false;
  }

  private boolean subdomain(JsonNode node, String path) {
    if (isText(node) && matches(SUBDOMAIN, node.asText(), 253)) {
      return true;
    }
    add(Violation.at("must be a DNS-1123 subdomain", path));
    return false;
  }

  private boolean nonBlank(JsonNode node, String path) {
    if (isText(node) && !node.asText().isBlank()) {
      return true;
    }
    add(Violation.at("is required", path));
    return false;
  }

  private static boolean repositoryUrl(JsonNode node) {
    if (!isText(node)) {
      return false;
    }
    try {
      URI uri = new URI(node.asText());
      String scheme = uri.getScheme();
      return uri.isAbsolute()
          && uri.getHost() != null
          && (scheme.equals("http") || scheme.equals("https") || scheme.equals("oci"));
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static boolean isText(JsonNode node) {
    return node != null && node.isTextual();
  }

  private static boolean matches(Pattern pattern, String text, int max) {
    return text.length() <= max && pattern.matcher(text).matches();
  }

  private void add(Violation violation) {
    found.add(violation);
  }
}

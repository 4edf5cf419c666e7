package io.workloadplacement.conformance.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The canonical forms the model compares: a placement as stored (client fields only, normalized)
 * and as a read must return it (minus write-only fields, and minus manifest data in a list).
 *
 * <p>Normalizing both sides the same way absorbs what the contract leaves open: absent versus empty
 * config lists, a helm {@code name} equal to its default {@code releaseName}, absent versus empty
 * {@code values}/{@code data}, null versus absent fields, {@code clusterNames} versus {@code
 * clusters}, and {@code secretRef} as a string or as {@code {"name": ...}}. Section 7's booleans
 * are not normalized: an unset {@code enableEGS} and a false one are different stored values, so
 * sending false to a placement that never had the field is a change.
 */
public final class Representation {

  private static final Map<String, Set<String>> KNOWN_SUBFIELDS =
      Map.of(
          "helmConfigs",
          Set.of(
              "chart",
              "releaseName",
              "releaseNamespace",
              "repoName",
              "repoURL",
              "secretRef",
              "values",
              "name",
              "version",
              "helmFlags"),
          "manifestResources",
          Set.of("name", "namespace", "apiVersion", "kind", "data", "manifest"),
          "cmdExec",
          Set.of("name", "cmd"),
          "steps",
          Set.of("name", "type"));

  /** What a LIST keeps of a section 7 manifest object, as v1.15's LIST omits {@code data}. */
  private static final List<String> LISTED_MANIFEST_FIELDS =
      List.of("apiVersion", "kind", "metadata");

  private Representation() {}

  /**
   * What a create stores of {@code body}: its stored form with section 7's default, an absent
   * deletionPolicy meaning Delete (an absent burstDuration stays absent: no timed end).
   */
  public static ObjectNode created(JsonNode body) {
    ObjectNode out = stored(body);
    if (!out.has("deletionPolicy")) {
      out.put("deletionPolicy", "Delete");
    }
    return out;
  }

  /** The stored form of a request body or of a read placement: client fields, normalized. */
  public static ObjectNode stored(JsonNode body) {
    ObjectNode out = Json.object();
    for (Field field : Field.values()) {
      JsonNode value = body.get(field.name());
      if (field == Field.clusters && (value == null || value.isNull())) {
        value = body.get("clusterNames");
      }
      if (value == null || value.isNull()) {
        continue;
      }
      if (Field.OPTIONAL_LISTS.contains(field) && value.isArray() && value.isEmpty()) {
        continue;
      }
      out.set(
          field.name(),
          KNOWN_SUBFIELDS.containsKey(field.name()) ? list(field, value) : value.deepCopy());
    }
    return out;
  }

  /** What a GET ({@code listItem} false) or a LIST item must show of {@code stored}. */
  public static ObjectNode readBack(ObjectNode stored, boolean listItem) {
    ObjectNode out = stored.deepCopy();
    forEachObject(out, "helmConfigs", helm -> helm.remove("secretRef"));
    if (listItem) {
      forEachObject(out, "manifestResources", Representation::listed);
    }
    return out;
  }

  private static void listed(ObjectNode manifest) {
    manifest.remove("data");
    JsonNode object = manifest.get("manifest");
    if (object != null && object.isObject()) {
      ObjectNode kept = Json.object();
      LISTED_MANIFEST_FIELDS.stream()
          .filter(object::has)
          .forEach(f -> kept.set(f, object.get(f).deepCopy()));
      manifest.set("manifest", kept);
    }
  }

  /** The part of an actual read that {@link #readBack} predicts. */
  public static ObjectNode clientView(JsonNode actual, boolean listItem) {
    return readBack(stored(actual), listItem);
  }

  private static JsonNode list(Field field, JsonNode value) {
    if (!value.isArray()) {
      return value.deepCopy();
    }
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (JsonNode element : value) {
      out.add(element.isObject() ? element(field, (ObjectNode) element) : element.deepCopy());
    }
    return out;
  }

  private static ObjectNode element(Field field, ObjectNode element) {
    ObjectNode out = Json.object();
    for (String key : KNOWN_SUBFIELDS.get(field.name())) {
      JsonNode v = element.get(key);
      if (v != null
          && !v.isNull()
          && !(isEmptyObject(v) && (key.equals("values") || key.equals("data")))) {
        out.set(key, v.deepCopy());
      }
    }
    if (field == Field.helmConfigs) {
      normalizeHelm(out);
    }
    return out;
  }

  private static void normalizeHelm(ObjectNode helm) {
    JsonNode secret = helm.get("secretRef");
    if (secret != null && secret.isObject() && secret.has("name")) {
      helm.set("secretRef", secret.get("name"));
    }
    if (helm.has("name") && Json.same(helm.get("name"), helm.get("releaseName"))) {
      helm.remove("name");
    }
    JsonNode flags = helm.get("helmFlags");
    if (flags != null && flags.isObject()) {
      ObjectNode kept = ((ObjectNode) flags).deepCopy();
      // an unset flag and a false one mean the same
      for (Iterator<Map.Entry<String, JsonNode>> it = kept.fields(); it.hasNext(); ) {
        JsonNode v = it.next().getValue();
        if (v.isNull() || (v.isBoolean() && !v.booleanValue())) {
          it.remove();
        }
      }
      if (kept.isEmpty()) {
        helm.remove("helmFlags");
      } else {
        helm.set("helmFlags", kept);
      }
    }
  }

  private static boolean isEmptyObject(JsonNode v) {
    return v.isObject() && v.isEmpty();
  }

  private static void forEachObject(
      ObjectNode placement, String list, java.util.function.Consumer<ObjectNode> action) {
    JsonNode items = placement.get(list);
    if (items != null && items.isArray()) {
      for (JsonNode item : items) {
        if (item.isObject()) {
          action.accept((ObjectNode) item);
        }
      }
    }
  }

  /** The top-level fields a read may carry besides the client fields. */
  public static final List<String> SERVER_FIELDS =
      List.of("status", "createdAt", "updatedAt", "metadata");
}

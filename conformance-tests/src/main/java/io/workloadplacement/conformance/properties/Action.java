package io.workloadplacement.conformance.properties;

import static io.workloadplacement.conformance.model.ContractTexts.BASE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.conformance.generators.InvalidPlacements.InvalidCase;
import io.workloadplacement.conformance.model.Expected;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.model.ModelPlacement;
import io.workloadplacement.conformance.model.ReferenceModel;
import io.workloadplacement.conformance.model.Representation;
import io.workloadplacement.conformance.model.Violation;
import io.workloadplacement.conformance.sut.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One step of an operation sequence. Actions name placements by slot, not by name, so any
 * subsequence of a sequence is still a sequence: that is what lets shrinking drop actions freely.
 * Each action sends its request(s), asks the model what the contract allows, and checks.
 */
public sealed interface Action
    permits Action.Create,
        Action.CreateInvalid,
        Action.Get,
        Action.Update,
        Action.Echo,
        Action.EnableEgs,
        Action.Delete,
        LifecycleActions.SetStatus,
        LifecycleActions.Advance,
        LifecycleActions.FailSteps,
        LifecycleActions.Poll,
        ListAction,
        ConcurrentUpdates,
        FaultAction,
        RawRequest {

  /**
   * Runs the action against the target and the model; throws {@link AssertionError} on a violation.
   */
  void run(SequenceRun run);

  /** How If-Match is sent with a write. */
  enum IfMatch {
    NONE,
    /** the ETag a GET just returned */
    CURRENT,
    /** a version the object never had */
    STALE
  }

  /**
   * {@code POST} of a valid body, optionally with the SDK's {@code clusterNames} alias, to the path
   * with a trailing slash (as the SDK's manifest create sends it), and with an unknown field (which
   * must be ignored and reported in a Warning header).
   */
  record Create(
      int slot,
      ObjectNode spec,
      boolean clusterNamesAlias,
      boolean unknownField,
      boolean trailingSlash)
      implements Action {

    public Create(int slot, ObjectNode spec) {
      this(slot, spec, false, false, false);
    }

    public Create(int slot, ObjectNode spec, boolean clusterNamesAlias, boolean unknownField) {
      this(slot, spec, clusterNamesAlias, unknownField, false);
    }

    @Override
    public void run(SequenceRun run) {
      ObjectNode body = spec.deepCopy().put("name", run.name(slot));
      if (clusterNamesAlias) {
        body.set("clusterNames", body.remove("clusters"));
      }
      if (unknownField) {
        body.put("conformanceUnknown", true);
      }
      Response response = run.client().call("POST", BASE + (trailingSlash ? "/" : ""), body);
      Expected outcome = run.client().expect(toString(), run.model().create(body), response);
      if (unknownField && outcome.status() == 200) {
        String warning = "unknown field \\\"conformanceUnknown\\\"";
        if (response.headers("Warning").stream()
            .noneMatch(w -> w.startsWith("299 ") && w.contains(warning))) {
          throw new AssertionError(
              "an ignored unknown field must be reported as Warning: 299 - \""
                  + warning
                  + "\"; got Warning "
                  + response.headers("Warning"));
        }
      }
    }

    @Override
    public String toString() {
      return "create p"
          + slot
          + (trailingSlash ? " via POST .../" : "")
          + (clusterNamesAlias ? " (clusterNames alias)" : "")
          + (unknownField ? " (+unknown field)" : "")
          + " "
          + Json.write(spec);
    }
  }

  /** {@code POST} of an invalid body: 400 naming every violation, and nothing created. */
  record CreateInvalid(int slot, InvalidCase invalid) implements Action {
    @Override
    public void run(SequenceRun run) {
      ObjectNode body = invalid.named(run.name(slot));
      List<Violation> modelSays = run.model().violations(body);
      if (modelSays.isEmpty()) {
        throw new IllegalStateException("kit bug: the model finds no violation in " + invalid);
      }
      Set<Violation> all = new LinkedHashSet<>(invalid.expected());
      all.addAll(modelSays);
      Expected rejected =
          Expected.status(400, "ValidationError")
              .errorKey(io.workloadplacement.conformance.model.ContractTexts.VALIDATION_ERROR_KEY)
              .violations(new ArrayList<>(all));
      run.client().expect(toString(), List.of(rejected), run.client().call("POST", BASE, body));
      String name = body.path("name").asText();
      if (!name.equals(run.name(slot))) {
        return; // an invalid name cannot be read back by path
      }
      Response get = run.client().call("GET", BASE + "/" + name, null, Map.of());
      run.client().expect("GET after rejected create", run.model().get(name), get);
    }

    @Override
    public String toString() {
      return "create invalid p" + slot + " [" + invalid + "]";
    }
  }

  /** {@code GET} by name, on the main path or the SDK's {@code /get/} path. */
  record Get(int slot, boolean sdkPath) implements Action {
    @Override
    public void run(SequenceRun run) {
      get(run, slot, sdkPath);
    }

    /** Reads {@code slot}, checks it, and returns the response. */
    static Response get(SequenceRun run, int slot, boolean sdkPath) {
      String name = run.name(slot);
      String path = BASE + (sdkPath ? "/get/" : "/") + name;
      Response response = run.client().call("GET", path, null, Map.of());
      Expected outcome = run.client().expect("GET " + path, run.model().get(name), response);
      if (outcome.status() == 200 && response.header("ETag").isEmpty()) {
        throw new AssertionError("GET " + path + " carries no ETag header");
      }
      return response;
    }

    @Override
    public String toString() {
      return "get p" + slot + (sdkPath ? " via /get/" : "");
    }
  }

  /** {@code PUT} of a patch, with or without If-Match. */
  record Update(int slot, ObjectNode patch, IfMatch ifMatch) implements Action {
    @Override
    public void run(SequenceRun run) {
      String name = run.name(slot);
      ReferenceModel model = run.model();
      Map<String, String> headers = Map.of();
      List<Expected> allowed = new ArrayList<>();
      if (ifMatch == IfMatch.CURRENT) {
        Response read = Get.get(run, slot, false);
        if (read.status() == 200) {
          headers = Map.of("If-Match", read.header("ETag").orElseThrow());
        }
        if (run.caps().autonomousLifecycle()) {
          allowed.add(preconditionFailed()); // the lifecycle may have moved the version on
        }
        model.tick();
      }
      List<Expected> byModel = model.update(name, patch);
      if (ifMatch == IfMatch.STALE && model.placement(name).isPresent()) {
        headers = Map.of("If-Match", "\"conformance-stale-version\"");
        allowed.add(preconditionFailed());
        // the contract does not order the version check and the rules: their refusals are fine
        byModel.stream().filter(e -> e.status() != 200).forEach(allowed::add);
      } else {
        allowed.addAll(byModel);
      }
      Response response = run.client().call("PUT", BASE + "/" + name, Json.write(patch), headers);
      run.client().expect(toString(), allowed, response);
    }

    @Override
    public String toString() {
      return "update p"
          + slot
          + (ifMatch == IfMatch.NONE ? "" : " If-Match " + ifMatch)
          + " "
          + Json.write(patch);
    }
  }

  /** Read, then write back what was read: a no-op in every status (write-only fields kept). */
  record Echo(int slot) implements Action {
    @Override
    public void run(SequenceRun run) {
      Response read = Get.get(run, slot, false);
      if (read.status() != 200) {
        return;
      }
      ObjectNode body = (ObjectNode) Json.parse(read.body()).path("data");
      Representation.SERVER_FIELDS.forEach(body::remove);
      run.model().tick();
      String name = run.name(slot);
      Response response = run.client().call("PUT", BASE + "/" + name, body);
      run.client().expect(toString(), run.model().update(name, body), response);
    }

    @Override
    public String toString() {
      return "read p" + slot + " and write it back unchanged";
    }
  }

  /** {@code PUT .../{name}/enable-egs} with {@code {"enableEGS": true}}, as the SDK sends it. */
  record EnableEgs(int slot) implements Action {
    @Override
    public void run(SequenceRun run) {
      String name = run.name(slot);
      Response response =
          run.client()
              .call("PUT", BASE + "/" + name + "/enable-egs", Json.object().put("enableEGS", true));
      run.client().expect(toString(), run.model().enableEgs(name), response);
    }

    @Override
    public String toString() {
      return "enable EGS on p" + slot;
    }
  }

  /** {@code DELETE}, with or without If-Match. */
  record Delete(int slot, IfMatch ifMatch) implements Action {
    @Override
    public void run(SequenceRun run) {
      String name = run.name(slot);
      Map<String, String> headers = Map.of();
      List<Expected> allowed = new ArrayList<>();
      List<Expected> byModel = run.model().delete(name);
      if (ifMatch == IfMatch.STALE && run.model().placement(name).isPresent()) {
        headers = Map.of("If-Match", "\"conformance-stale-version\"");
        allowed.add(preconditionFailed());
        byModel.stream().filter(e -> e.status() != 200).forEach(allowed::add);
      } else {
        allowed.addAll(byModel);
      }
      Response response = run.client().call("DELETE", BASE + "/" + name, null, headers);
      run.client().expect(toString(), allowed, response);
    }

    @Override
    public String toString() {
      return "delete p" + slot + (ifMatch == IfMatch.STALE ? " If-Match stale" : "");
    }
  }

  private static Expected preconditionFailed() {
    return Expected.status(412, "Precondition Failed");
  }

  /** The status each placement of the model may be in, for failure messages. */
  static String describe(Map<String, ModelPlacement> placements) {
    StringBuilder out = new StringBuilder();
    placements.forEach((name, p) -> out.append(name).append('=').append(p).append(' '));
    return out.toString().trim();
  }

  /** Shared by actions: the data array of a list response. */
  static JsonNode data(Response response) {
    return Json.parse(response.body()).path("data");
  }
}

package io.workloadplacement.conformance.properties;

import static io.workloadplacement.conformance.model.ContractTexts.BASE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.conformance.model.ContractTexts;
import io.workloadplacement.conformance.model.Expected;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.sut.Response;
import io.workloadplacement.conformance.sut.SimulatorControl;
import java.util.List;
import java.util.Map;

/**
 * Injects one fault through the control API (the simulator's rule that answers the next matching
 * API call with an error), sends the request it hits, and clears the rules. The failure must be
 * enveloped (500 or 503) and must change nothing: the model is left as it was, so the next reads
 * check that.
 *
 * @param kind which request fails and how
 * @param slot the placement the request is about
 * @param spec the body of a create, for {@link Kind#CREATE_UNAVAILABLE}
 */
record FaultAction(Kind kind, int slot, ObjectNode spec) implements Action {

  /** The faults the suite injects, as the seed page and the contract describe them. */
  enum Kind {
    /** the store fails while listing: 500 with the contract's texts (the seed page's example) */
    LIST_STORE_FAILURE("list", 500, "kubernetes API timeout"),
    /** the backend is unavailable on create: 503, nothing created */
    CREATE_UNAVAILABLE("create", 503, "etcd unavailable"),
    /** the backend is unavailable on get: 503 */
    GET_UNAVAILABLE("get", 503, "etcd unavailable"),
    /** the backend is unavailable on update: 503, nothing changed */
    UPDATE_UNAVAILABLE("update", 503, "etcd unavailable"),
    /** the backend is unavailable on delete: 503, nothing deleted */
    DELETE_UNAVAILABLE("delete", 503, "etcd unavailable");

    final String operation;
    final int status;
    final String message;

    Kind(String operation, int status, String message) {
      this.operation = operation;
      this.status = status;
      this.message = message;
    }
  }

  @Override
  public void run(SequenceRun run) {
    SimulatorControl control = run.control().orElseThrow();
    String name = run.name(slot);
    String rules = Json.write(Json.MAPPER.createArrayNode().add(rule(name)));
    requireOk(control.setFaults(rules), "inject " + rules);
    try {
      Response response =
          switch (kind) {
            case LIST_STORE_FAILURE -> run.client().call("GET", BASE, null, Map.of());
            case CREATE_UNAVAILABLE ->
                run.client().call("POST", BASE, spec.deepCopy().put("name", name));
            case GET_UNAVAILABLE -> run.client().call("GET", BASE + "/" + name, null, Map.of());
            case UPDATE_UNAVAILABLE ->
                run.client()
                    .call("PUT", BASE + "/" + name, Json.object().put("deletionPolicy", "Retain"));
            case DELETE_UNAVAILABLE ->
                run.client().call("DELETE", BASE + "/" + name, null, Map.of());
          };
      Expected failed =
          kind == Kind.LIST_STORE_FAILURE
              ? Expected.status(500, "store failure")
                  .message(ContractTexts.INTERNAL_ERROR)
                  .errorMessage(ContractTexts.LIST_FAILED)
              : Expected.status(503, "unavailable");
      run.client().expect(toString(), List.of(failed), response);
    } finally {
      requireOk(control.clearFaults(), "clear the fault rules");
    }
  }

  /** The simulator's rule: answer the next such call (on this placement) with the error. */
  private ObjectNode rule(String name) {
    ObjectNode rule = Json.object();
    ObjectNode match = rule.putObject("match").put("operation", kind.operation);
    if (kind != Kind.LIST_STORE_FAILURE) {
      match.put("placement", name); // names are DNS subdomains: no glob characters
    }
    rule.put("times", 1);
    rule.putObject("effect")
        .put("type", "respond")
        .put("status", kind.status)
        .put("message", kind.message);
    return rule;
  }

  private static void requireOk(Response response, String what) {
    if (response.status() / 100 != 2) {
      throw new AssertionError(
          "control API refused to " + what + ": " + response.status() + " " + response.body());
    }
  }

  @Override
  public String toString() {
    return "fault " + kind + " on p" + slot;
  }
}

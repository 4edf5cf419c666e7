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
 * Injects one fault through the control API, sends the request it hits, and clears the faults. The
 * failure must be enveloped (500 or 503) and must change nothing: the model is left as it was, so
 * the next reads check that.
 *
 * @param kind which request fails and how
 * @param slot the placement the request is about
 * @param spec the body of a create, for {@link Kind#CREATE_UNAVAILABLE}
 */
record FaultAction(Kind kind, int slot, ObjectNode spec) implements Action {

  /** The faults the suite injects. */
  enum Kind {
    /** the store fails while listing: 500 with the contract's texts */
    LIST_STORE_FAILURE("list", "storeFailure"),
    /** the backend is unavailable on create: 503, nothing created */
    CREATE_UNAVAILABLE("create", "unavailable"),
    /** the backend is unavailable on update: 503, nothing changed */
    UPDATE_UNAVAILABLE("update", "unavailable"),
    /** the backend is unavailable on delete: 503, nothing deleted */
    DELETE_UNAVAILABLE("delete", "unavailable");

    final String operation;
    final String error;

    Kind(String operation, String error) {
      this.operation = operation;
      this.error = error;
    }
  }

  @Override
  public void run(SequenceRun run) {
    SimulatorControl control = run.control().orElseThrow();
    String fault =
        "[{\"operation\":\"" + kind.operation + "\",\"error\":\"" + kind.error + "\",\"times\":1}]";
    requireOk(control.setFaults(fault), "inject " + fault);
    try {
      String name = run.name(slot);
      Response response =
          switch (kind) {
            case LIST_STORE_FAILURE -> run.client().call("GET", BASE, null, Map.of());
            case CREATE_UNAVAILABLE ->
                run.client().call("POST", BASE, spec.deepCopy().put("name", name));
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
      requireOk(control.setFaults("[]"), "clear faults");
    }
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

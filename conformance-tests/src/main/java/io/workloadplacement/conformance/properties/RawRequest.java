package io.workloadplacement.conformance.properties;

import static io.workloadplacement.conformance.model.ContractTexts.BASE;

import io.workloadplacement.conformance.model.ContractTexts;
import io.workloadplacement.conformance.model.Expected;
import io.workloadplacement.conformance.model.ReferenceModel;
import io.workloadplacement.conformance.sut.Response;
import java.util.List;
import java.util.Map;

/** A request outside the happy path; the contract still demands its status and the envelope. */
record RawRequest(Kind kind) implements Action {

  /** The requests, each with the status the contract demands. */
  enum Kind {
    UNKNOWN_ROUTE,
    GET_MISSING,
    MALFORMED_JSON,
    NOT_JSON,
    WRONG_METHOD,
    DUPLICATE_KEYS,
    NOT_AN_OBJECT,
    TOO_DEEP,
    TOO_LARGE,
    BAD_STATUS_FILTER
  }

  @Override
  public void run(SequenceRun run) {
    String name = run.name(0);
    Client client = run.client();
    Response response =
        switch (kind) {
          case UNKNOWN_ROUTE ->
              client.call("GET", "/api/v1/conformance-no-such-route", null, Map.of());
          case GET_MISSING -> client.call("GET", BASE + "/" + name, null, Map.of());
          case MALFORMED_JSON -> client.call("POST", BASE, "{\"name\": ", Map.of());
          case NOT_JSON ->
              client.call("POST", BASE, "name=" + name, Map.of("Content-Type", "text/plain"));
          case WRONG_METHOD -> client.call("PATCH", BASE + "/" + name, "{}", Map.of());
          case DUPLICATE_KEYS ->
              client.call(
                  "POST", BASE, "{\"name\":\"" + name + "\",\"name\":\"" + name + "x\"}", Map.of());
          case NOT_AN_OBJECT -> client.call("POST", BASE, "[1, 2, 3]", Map.of());
          case TOO_DEEP ->
              client.call(
                  "POST", BASE, "{\"values\":" + "[".repeat(70) + "]".repeat(70) + "}", Map.of());
          case TOO_LARGE ->
              client.call("POST", BASE, "{\"name\":\"" + "x".repeat(1_100_000) + "\"}", Map.of());
          case BAD_STATUS_FILTER ->
              client.call("GET", BASE + "?provisioningStatus=Sleeping", null, Map.of());
        };
    client.expect(toString(), List.of(expected(name)), response);
  }

  private Expected expected(String name) {
    return switch (kind) {
      case UNKNOWN_ROUTE -> Expected.status(404, "unknown route");
      case GET_MISSING -> ReferenceModel.notFound(name);
      case MALFORMED_JSON ->
          Expected.status(400, "malformed").errorKey(ContractTexts.MALFORMED_JSON_KEY);
      case NOT_JSON -> Expected.status(415, "not JSON");
      case WRONG_METHOD -> Expected.status(405, "method not allowed");
      case DUPLICATE_KEYS, NOT_AN_OBJECT, TOO_DEEP, BAD_STATUS_FILTER ->
          Expected.status(400, "bad request");
      case TOO_LARGE -> Expected.status(413, "too large");
    };
  }

  @Override
  public String toString() {
    return "raw request " + kind;
  }
}

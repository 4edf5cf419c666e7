package io.workloadplacement.conformance.properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.conformance.model.ContractTexts;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.sut.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The envelope of sections 4 and 7, checked on every response of the API: no key but the envelope's
 * (and a list's {@code metadata}), {@code statusCode} equals the HTTP status, {@code status} is OK
 * or Error accordingly, {@code error} is absent on success, and on error {@code data} is null and
 * {@code error.data} is a JSON string that decodes to the nested error with the same status.
 */
public final class EnvelopeCheck {

  /**
   * The only keys an envelope may have: the SDK builds an object from exactly the first five
   * (section 7); {@code metadata} comes only with a list that asked for a limit.
   */
  private static final Set<String> TOP_LEVEL =
      Set.of("statusCode", "status", "message", "data", "error", "metadata");

  private EnvelopeCheck() {}

  /** Why {@code response} is not a contract envelope; empty when it is. */
  public static List<String> problems(Response response) {
    List<String> problems = new ArrayList<>();
    if (response.header("Content-Type").filter(t -> t.contains("application/json")).isEmpty()) {
      problems.add("Content-Type is " + response.header("Content-Type").orElse("absent"));
    }
    JsonNode envelope;
    try {
      envelope = Json.parse(response.body());
    } catch (IllegalArgumentException e) {
      problems.add("body is not JSON: " + e.getMessage());
      return problems;
    }
    if (!envelope.isObject()) {
      problems.add("body is not a JSON object");
      return problems;
    }
    envelope
        .fieldNames()
        .forEachRemaining(
            key -> {
              if (!TOP_LEVEL.contains(key)) {
                problems.add("top-level key " + key + " is none of " + TOP_LEVEL);
              }
            });
    int status = response.status();
    if (!envelope.path("statusCode").isInt() || envelope.path("statusCode").asInt() != status) {
      problems.add("statusCode " + envelope.get("statusCode") + " differs from HTTP " + status);
    }
    boolean success = status >= 200 && status < 300;
    String expectedStatus = success ? "OK" : "Error";
    if (!expectedStatus.equals(envelope.path("status").asText(null))) {
      problems.add("status " + envelope.get("status") + ", expected \"" + expectedStatus + "\"");
    }
    if (!envelope.path("message").isTextual()) {
      problems.add("message is not a string: " + envelope.get("message"));
    }
    if (!envelope.has("data")) {
      problems.add("data is missing");
    }
    if (success) {
      if (envelope.has("error")) {
        problems.add("error present on success: " + envelope.get("error"));
      }
    } else {
      errorProblems(envelope, status, problems);
    }
    return problems;
  }

  private static void errorProblems(JsonNode envelope, int status, List<String> problems) {
    if (!envelope.path("data").isNull()) {
      problems.add("data is not null on error: " + envelope.get("data"));
    }
    JsonNode error = envelope.path("error");
    if (!error.isObject()) {
      problems.add("error is not an object: " + envelope.get("error"));
      return;
    }
    if (!error.path("errorKey").isTextual() || !error.path("message").isTextual()) {
      problems.add("error.errorKey or error.message is not a string: " + error);
    }
    if (!error.path("data").isTextual()) {
      problems.add("error.data is not a JSON string: " + error.get("data"));
      return;
    }
    JsonNode nested;
    try {
      nested = Json.parse(error.path("data").asText()).path("error");
    } catch (IllegalArgumentException e) {
      problems.add("error.data does not parse: " + e.getMessage());
      return;
    }
    if (!nested.path("Message").isTextual()) {
      problems.add("error.data: error.Message is not a string");
    }
    if (nested.path("Status").asInt(-1) != status
        || nested.path("StatusCode").asInt(-1) != status) {
      problems.add("error.data: Status/StatusCode differ from HTTP " + status + ": " + nested);
    }
    JsonNode detailed = nested.path("DetailedError");
    for (String f : List.of("Errormessage", "Reason", "Details")) {
      if (!detailed.path(f).isTextual()) {
        problems.add("error.data: DetailedError." + f + " is not a string");
      }
    }
    if (!ContractTexts.REFERENCE_DOCUMENTATION.equals(
        nested.path("ReferenceDocumentation").asText(null))) {
      problems.add("error.data: ReferenceDocumentation is " + nested.get("ReferenceDocumentation"));
    }
    if (error.has("fields")) {
      for (JsonNode entry : error.path("fields")) {
        if (!entry.path("field").isTextual() || !entry.path("message").isTextual()) {
          problems.add("error.fields entry is not {field, message}: " + entry);
        }
      }
    }
  }
}

package io.workloadplacement.simulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** An HTTP response as a test reads it. */
public record Reply(int status, HttpHeaders headers, String body) {

  /** The body as a JSON tree. */
  public JsonNode json() {
    return Json.read(body);
  }

  /** The envelope's {@code data}. */
  public JsonNode data() {
    return json().path("data");
  }

  /** {@code error.errorKey}. */
  public String errorKey() {
    return json().path("error").path("errorKey").asText();
  }

  /** The first value of {@code name}, or null. */
  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** {@code error.data} decoded: the vendor's nested error object. */
  public JsonNode nestedError() {
    return Json.read(json().path("error").path("data").asText()).path("error");
  }

  /** The {@code field} of every entry of {@code error.fields}. */
  public java.util.List<String> errorFields() {
    java.util.List<String> fields = new java.util.ArrayList<>();
    json().path("error").path("fields").forEach(f -> fields.add(f.path("field").asText()));
    return fields;
  }
}

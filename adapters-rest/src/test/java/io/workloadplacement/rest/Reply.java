package io.workloadplacement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.List;

/** An HTTP response as a test reads it. */
record Reply(int status, HttpHeaders headers, String body) {

  /** The body as a JSON tree. */
  JsonNode json() {
    return Json.read(body);
  }

  /** The first value of {@code name}, or null. */
  String header(String name) {
    return headers.firstValue(name).orElse(null);
  }

  /** Every value of {@code name}. */
  List<String> headerValues(String name) {
    return headers.allValues(name);
  }

  /** {@code error.data} decoded: the vendor's nested error object. */
  JsonNode nestedError() {
    return Json.read(json().path("error").path("data").asText()).path("error");
  }
}

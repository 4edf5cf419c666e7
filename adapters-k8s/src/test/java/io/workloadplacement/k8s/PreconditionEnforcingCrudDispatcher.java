package io.workloadplacement.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;

/**
 * fabric8's CRUD mock, plus what the real API server does and the mock does not (its delete handler
 * never reads the request body): refuse a delete whose {@code
 * DeleteOptions.preconditions.resourceVersion} is not the object's, with 409 Conflict. Its PUT
 * already checks {@code metadata.resourceVersion}. Check-then-delete is not atomic here, which is
 * fine for single-threaded tests.
 */
class PreconditionEnforcingCrudDispatcher extends KubernetesCrudDispatcher {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if ("DELETE".equals(request.getMethod())) {
      String expected =
          json(request.getUtf8Body()).path("preconditions").path("resourceVersion").asText("");
      if (!expected.isEmpty()) {
        MockResponse current = handleGet(request.getPath());
        if (current.code() == 200) {
          String actual =
              json(new String(current.getBody().getBytes(), StandardCharsets.UTF_8))
                  .path("metadata")
                  .path("resourceVersion")
                  .asText();
          if (!expected.equals(actual)) {
            return conflict(expected, actual);
          }
        }
      }
    }
    return super.dispatch(request);
  }

  private static JsonNode json(String text) {
    try {
      return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable JSON from the client: " + text, e);
    }
  }

  private static MockResponse conflict(String expected, String actual) {
    String message =
        "Precondition failed: ResourceVersion in precondition: "
            + expected
            + ", ResourceVersion in record: "
            + actual;
    return new MockResponse()
        .setResponseCode(409)
        .setHeader("Content-Type", "application/json")
        .setBody(
            "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\""
                + message
                + "\",\"reason\":\"Conflict\",\"code\":409}");
  }
}

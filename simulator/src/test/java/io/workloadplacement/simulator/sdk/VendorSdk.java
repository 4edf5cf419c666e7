package io.workloadplacement.simulator.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.simulator.server.HttpSim;
import io.workloadplacement.simulator.server.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A client that behaves on the wire as the vendor's Python SDK (egs-sdk) does, written from what
 * its client sends and reads (none of its code is here). Each operation exchanges the API key for a
 * token first ({@code POST /api/v1/auth}, body {@code {"apiKey": ...}}), then sends the request
 * with {@code Authorization: Bearer <token>}, bodies as {@code json.dumps(..., sort_keys=True)}.
 * Answers are read as the SDK reads them: the token from a {@code data} that may hold nothing but
 * {@code token}, every other answer as an object built from exactly the envelope's five keys. Where
 * the SDK raises, this throws an {@link SdkRaised} naming the SDK's exception.
 */
final class VendorSdk {

  private static final Set<String> ENVELOPE =
      Set.of("statusCode", "status", "message", "data", "error");

  private final HttpSim sim;
  private final String apiKey;

  VendorSdk(HttpSim sim, String apiKey) {
    this.sim = sim;
    this.apiKey = apiKey;
  }

  /** The token exchange: the token, or the SDK's exception for each refusal. */
  String exchangeApiKeyForAccessToken() {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("apiKey", apiKey);
    Reply reply =
        sim.send("POST", "/api/v1/auth", PythonJson.dumps(body), "Accept-Encoding", "identity");
    JsonNode response = reply.json();
    if (reply.status() == 400) {
      throw new SdkRaised("ApiKeyInvalid", reply);
    }
    if (reply.status() == 401) {
      boolean expired = response.path("message").asText().equals("Api Key has expired");
      throw new SdkRaised(expired ? "ApiKeyExpired" : "ApiKeyNotFound", reply);
    }
    if (reply.status() != 200) {
      throw new SdkRaised("ServerUnreachable", reply);
    }
    JsonNode data = response.get("data");
    List<String> keys = new ArrayList<>();
    if (data != null && data.isObject()) {
      data.fieldNames().forEachRemaining(keys::add);
    }
    // AuthenticationResponse(**data): a keyword it does not take is a TypeError
    if (!keys.equals(List.of("token")) || !data.get("token").isTextual()) {
      throw new SdkRaised("TypeError: AuthenticationResponse(**" + data + ")", reply);
    }
    return data.get("token").asText();
  }

  /**
   * {@code invoke_sdk_operation}: a fresh token, then the request; 401 and 403 raise {@code
   * Unauthorized}, anything else is the envelope.
   */
  Answer invoke(String path, String method, JsonNode request) {
    String token = exchangeApiKeyForAccessToken();
    Reply reply =
        sim.send(
            method,
            path,
            request == null ? null : PythonJson.dumps(request),
            "Authorization",
            "Bearer " + token,
            "Accept-Encoding",
            "identity");
    JsonNode response = reply.json();
    if (reply.status() == 401 || reply.status() == 403) {
      throw new SdkRaised("Unauthorized", reply);
    }
    List<String> keys = new ArrayList<>();
    response.fieldNames().forEachRemaining(keys::add);
    // ApiResponse(**response) takes exactly these keywords; the first three have no default
    if (!ENVELOPE.containsAll(keys)
        || !keys.containsAll(List.of("statusCode", "status", "message"))) {
      throw new SdkRaised("TypeError: ApiResponse(**" + keys + ")", reply);
    }
    return new Answer(response.get("statusCode").asInt(), response.path("data"), reply);
  }

  /**
   * {@code invoke_sdk_operation} followed by the status check every workload-placement function
   * makes: a 400 raises {@code BadParameters}, a 404 {@code ResourceNotFound}, anything else
   * outside 2xx {@code UnhandledException}.
   */
  Answer call(String path, String method, JsonNode request) {
    Answer answer = invoke(path, method, request);
    if (answer.statusCode() < 200 || answer.statusCode() >= 300) {
      String raised =
          switch (answer.statusCode()) {
            case 400 -> "BadParameters";
            case 404 -> "ResourceNotFound";
            default -> "UnhandledException";
          };
      throw new SdkRaised(raised, answer.reply());
    }
    return answer;
  }

  /** What {@code ApiResponse} keeps: the envelope's statusCode and data (and the raw reply). */
  record Answer(int statusCode, JsonNode data, Reply reply) {}

  /** An exception the SDK would raise, by its name, with the answer that caused it. */
  static final class SdkRaised extends RuntimeException {
    private final String exception;
    private final transient Reply reply;

    SdkRaised(String exception, Reply reply) {
      super(exception + " on HTTP " + reply.status() + ": " + reply.body());
      this.exception = exception;
      this.reply = reply;
    }

    String exception() {
      return exception;
    }

    Reply reply() {
      return reply;
    }
  }
}

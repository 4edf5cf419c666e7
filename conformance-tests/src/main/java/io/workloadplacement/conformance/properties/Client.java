package io.workloadplacement.conformance.properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.conformance.model.Expected;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.sut.ApiTarget;
import io.workloadplacement.conformance.sut.Response;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The suite's only way to the API: sends a request, checks the envelope of every API response,
 * keeps the last exchanges for failure messages, and matches responses against what the model
 * allows.
 */
public final class Client {

  private static final int KEPT_EXCHANGES = 3;
  private static final int SHOWN_BODY = 700;

  private final ApiTarget target;
  private final Deque<String> exchanges = new ArrayDeque<>();

  public Client(ApiTarget target) {
    this.target = target;
  }

  /** Sends a request; fails when an API response is not the contract's envelope. */
  public Response call(String method, String path, String body, Map<String, String> headers) {
    Response response = target.send(method, path, body, headers);
    String exchange =
        method
            + " "
            + path
            + (body == null ? "" : " " + shorten(body))
            + "\n      -> "
            + response.status()
            + " "
            + shorten(response.body());
    synchronized (exchanges) {
      exchanges.addLast(exchange);
      if (exchanges.size() > KEPT_EXCHANGES) {
        exchanges.removeFirst();
      }
    }
    if (path.startsWith("/api/")) {
      List<String> problems = EnvelopeCheck.problems(response);
      if (!problems.isEmpty()) {
        throw failure("response is not the contract's envelope: " + problems, exchange);
      }
    }
    return response;
  }

  public Response call(String method, String path, JsonNode body) {
    return call(method, path, body == null ? null : Json.write(body), Map.of());
  }

  /**
   * Matches {@code response} against the responses the model allows, applies the first that matches
   * to the model and returns it; fails listing every mismatch otherwise.
   */
  public Expected expect(String request, List<Expected> allowed, Response response) {
    JsonNode envelope = Json.parse(response.body());
    StringBuilder why = new StringBuilder();
    for (Expected candidate : allowed) {
      List<String> problems = candidate.mismatches(response.status(), envelope);
      if (problems.isEmpty()) {
        candidate.applyEffect();
        return candidate;
      }
      why.append("\n  not ").append(candidate).append(": ").append(problems);
    }
    throw failure(request + " answered " + response.status() + why, lastExchange());
  }

  private String lastExchange() {
    synchronized (exchanges) {
      return exchanges.isEmpty() ? "" : exchanges.peekLast();
    }
  }

  /** The last requests and responses, oldest first. */
  public String recentExchanges() {
    synchronized (exchanges) {
      return String.join("\n    ", exchanges);
    }
  }

  private static AssertionError failure(String message, String exchange) {
    return new AssertionError(message + "\n  exchange: " + exchange);
  }

  private static String shorten(String text) {
    String flat = text.replace("\n", " ");
    return flat.length() <= SHOWN_BODY
        ? flat
        : flat.substring(0, SHOWN_BODY) + "...(" + flat.length() + " chars)";
  }
}

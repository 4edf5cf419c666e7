package io.workloadplacement.conformance.sut;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.conformance.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An {@link ApiTarget} at any base URL, over {@link HttpClient}. With {@code withControl} it also
 * offers the simulator's control API under the same base URL.
 */
public final class HttpApiTarget implements ApiTarget {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String baseUrl;
  private final Auth auth;
  private final HttpClient client;
  private final SimulatorControl control;
  private final boolean currentRevision;
  private volatile String token;

  /** A target that speaks both revisions (contract section 7 beside v1.15). */
  public HttpApiTarget(URI baseUrl, Auth auth, boolean withControl) {
    this(baseUrl, auth, withControl, true);
  }

  /**
   * @param baseUrl scheme, host, port and optional path prefix, for example {@code
   *     http://127.0.0.1:8080}
   * @param auth how to authenticate
   * @param withControl whether the target serves the simulator's {@code /sim/v1} control API
   * @param currentRevision whether the target speaks section 7, whose token exchange answers
   *     exactly {@code {"token"}} (checked when a key is exchanged)
   */
  public HttpApiTarget(URI baseUrl, Auth auth, boolean withControl, boolean currentRevision) {
    this.currentRevision = currentRevision;
    this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
    this.auth = auth;
    this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    this.control = withControl ? new HttpSimulatorControl(this) : null;
  }

  @Override
  public Optional<SimulatorControl> control() {
    return Optional.ofNullable(control);
  }

  @Override
  public Response send(
      String method, String path, String jsonBodyOrNull, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(TIMEOUT)
            .method(
                method,
                jsonBodyOrNull == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBodyOrNull));
    request.header("Accept", "application/json");
    if (jsonBodyOrNull != null
        && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
      request.header("Content-Type", "application/json");
    }
    bearer().ifPresent(t -> request.header("Authorization", "Bearer " + t));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public EventStream stream(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Accept", "text/event-stream")
            .GET();
    bearer().ifPresent(t -> request.header("Authorization", "Bearer " + t));
    try {
      // the response arrives with its headers; the body is read as it streams in
      return new EventStream(
          client
              .sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
              .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
    } catch (ExecutionException | TimeoutException e) {
      throw new UncheckedIOException(
          new IOException("GET " + path + " (stream) failed: " + e.getMessage(), e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private Optional<String> bearer() {
    if (auth instanceof Auth.Bearer b) {
      return Optional.of(b.token());
    }
    if (auth instanceof Auth.ApiKey key) {
      if (token == null) {
        token = exchange(key.apiKey());
      }
      return Optional.of(token);
    }
    return Optional.empty();
  }

  private synchronized String exchange(String apiKey) {
    if (token != null) {
      return token;
    }
    var body = Json.object().put("apiKey", apiKey);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode data = Json.parse(response.body()).path("data");
      if (response.statusCode() != 200 || !data.path("token").isTextual()) {
        throw new IllegalStateException(
            "POST /api/v1/auth answered " + response.statusCode() + ": " + response.body());
      }
      if (currentRevision) {
        TokenExchange.requireShape(data, response.headers().firstValue("X-Token-Expires-At"));
      }
      return data.path("token").asText();
    } catch (IOException e) {
      throw new UncheckedIOException("POST /api/v1/auth failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  @Override
  public String toString() {
    return baseUrl;
  }
}

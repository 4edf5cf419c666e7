package io.workloadplacement.rest;

import io.javalin.Javalin;
import io.workloadplacement.domain.fixtures.FixedWorkspaces;
import io.workloadplacement.domain.fixtures.MutableClock;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.out.PlacementEventPublisher;
import io.workloadplacement.domain.port.out.WorkspaceDirectory;
import io.workloadplacement.domain.service.PlacementService;
import io.workloadplacement.rest.auth.ApiKey;
import io.workloadplacement.rest.auth.AuthSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The real app on a free port, wired to the domain's {@link PlacementService} over an in-memory
 * store, and a plain HTTP client to talk to it.
 */
final class TestServer implements AutoCloseable {

  static final String BASE = "/api/v1/workload-placement";

  final SwitchableRepository repository = new SwitchableRepository();
  final MutableClock clock = MutableClock.atSeedTime();
  final PlacementService service;
  final Javalin app;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private TestServer(
      WorkspaceDirectory workspaces, UnaryOperator<PlacementApiSettings.Builder> customize) {
    this(workspaces, customize, List.of());
  }

  private TestServer(
      WorkspaceDirectory workspaces,
      UnaryOperator<PlacementApiSettings.Builder> customize,
      List<ApiKey> keys) {
    this(workspaces, customize, keys, UnaryOperator.identity());
  }

  private TestServer(
      WorkspaceDirectory workspaces,
      UnaryOperator<PlacementApiSettings.Builder> customize,
      List<ApiKey> keys,
      UnaryOperator<AuthSettings> authCustomize) {
    service =
        new PlacementService(
            repository,
            workspaces,
            Validators.placementValidator(),
            PlacementEventPublisher.none(),
            clock);
    PlacementApiSettings.Builder settings = PlacementApiSettings.builder(service);
    if (!keys.isEmpty()) {
      // tokens expire on the same clock the test moves
      settings.auth(authCustomize.apply(AuthSettings.of(keys).withClock(clock)));
    }
    app = PlacementApi.create(customize.apply(settings).build());
    app.start("127.0.0.1", 0);
  }

  /** A server that knows every workspace and cluster. */
  static TestServer start() {
    return new TestServer(FixedWorkspaces.any(), b -> b);
  }

  /** A server with changed settings. */
  static TestServer start(UnaryOperator<PlacementApiSettings.Builder> customize) {
    return new TestServer(FixedWorkspaces.any(), customize);
  }

  /** A server that asks for a token exchanged for one of {@code keys}. */
  static TestServer withAuth(List<ApiKey> keys, UnaryOperator<PlacementApiSettings.Builder> more) {
    return new TestServer(FixedWorkspaces.any(), more, keys);
  }

  /** A server that asks for a token, with its authentication settings changed. */
  static TestServer withAuthSettings(List<ApiKey> keys, UnaryOperator<AuthSettings> customize) {
    return new TestServer(FixedWorkspaces.any(), b -> b, keys, customize);
  }

  /** A server that knows only {@code workspaces}. */
  static TestServer start(WorkspaceDirectory workspaces) {
    return new TestServer(workspaces, b -> b);
  }

  Reply get(String path, String... headers) {
    return send("GET", path, (String) null, headers);
  }

  Reply post(String path, String body, String... headers) {
    return send("POST", path, body, withJson(headers));
  }

  Reply put(String path, String body, String... headers) {
    return send("PUT", path, body, withJson(headers));
  }

  Reply delete(String path, String... headers) {
    return send("DELETE", path, (String) null, headers);
  }

  /** Sends {@code body} (none when null); {@code headers} are name, value pairs. */
  Reply send(String method, String path, String body, String... headers) {
    BodyPublisher publisher =
        body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body);
    return sendWith(method, path, publisher, headers);
  }

  /** Sends {@code body} without a Content-Length, chunked. */
  Reply sendChunked(String method, String path, byte[] body, String... headers) {
    return sendWith(
        method, path, BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), headers);
  }

  Reply sendWith(String method, String path, BodyPublisher body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .timeout(Duration.ofSeconds(10))
            .method(method, body);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      var response = http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends {@code target} exactly as written, over a plain socket: for request lines that {@link
   * java.net.URI} refuses to build.
   */
  Reply rawGet(String target) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(10_000);
      String request =
          "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int headersEnd = response.indexOf("\r\n\r\n");
      String[] lines = response.substring(0, headersEnd).split("\r\n");
      java.util.Map<String, List<String>> headers =
          new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers
            .computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new java.util.ArrayList<>())
            .add(lines[i].substring(colon + 1).trim());
      }
      return new Reply(
          Integer.parseInt(lines[0].split(" ")[1]),
          java.net.http.HttpHeaders.of(headers, (name, value) -> true),
          response.substring(headersEnd + 4));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A token for {@code apiKey}, exchanged through {@code POST /api/v1/auth}. */
  String token(String apiKey) {
    Reply reply = post("/api/v1/auth", "{\"apiKey\":\"" + apiKey + "\"}");
    if (reply.status() != 200) {
      throw new AssertionError("no token for the key: " + reply.body());
    }
    return reply.json().path("data").path("token").asText();
  }

  /** The header pair that sends {@code token}. */
  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  /** Everything stored right now, versions included. */
  List<VersionedPlacement> stored() {
    return repository.snapshot();
  }

  /** Creates the vendor's example placement through the API. */
  Reply createSeed() {
    return post(BASE, Json.seed("create-request.json"));
  }

  /** Moves a stored placement to {@code status} behind the API's back, as a backend would. */
  void forceStatus(String name, ProvisioningStatus status) {
    VersionedPlacement current = repository.direct().find(name).orElseThrow();
    repository
        .direct()
        .replace(
            current
                .placement()
                .withStatus(
                    current.placement().status().movedTo(status, "forced", clock.instant())),
            current.version());
  }

  private static String[] withJson(String[] headers) {
    for (int i = 0; i < headers.length; i += 2) {
      if (headers[i].equalsIgnoreCase("Content-Type")) {
        return headers;
      }
    }
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Content-Type";
    all[headers.length + 1] = "application/json";
    return all;
  }

  @Override
  public void close() {
    app.stop();
  }
}

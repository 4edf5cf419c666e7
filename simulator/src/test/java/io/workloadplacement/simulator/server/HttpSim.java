package io.workloadplacement.simulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.rest.auth.AuthSettings;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.topology.Topology;
import io.workloadplacement.simulator.topology.TopologyLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The real simulator server on a free port with a manual clock at the seed's time, and a plain HTTP
 * client to talk to it. Nothing moves unless a test advances the clock.
 */
public final class HttpSim implements AutoCloseable {

  /** The seed's creation time: the clock's start. */
  public static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");

  public static final String API = "/api/v1/workload-placement";

  public final SimulatorServer server;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private HttpSim(Topology topology, Duration heartbeat) {
    this(topology, heartbeat, Duration.ZERO);
  }

  private HttpSim(Topology topology, Duration heartbeat, Duration stopTimeout) {
    this(topology, heartbeat, stopTimeout, AuthSettings.disabled());
  }

  private HttpSim(Topology topology, Duration heartbeat, Duration stopTimeout, AuthSettings auth) {
    SimulatorConfig config =
        SimulatorConfig.defaults()
            .withTopology(topology)
            .withClock(ClockMode.MANUAL, 1)
            .withStart(T0)
            .withSeed(42);
    // no graceful stop unless asked: Jetty's takes a second even with nothing in flight
    server =
        SimulatorServer.start(
            config,
            ServerSettings.defaults()
                .withAddress("127.0.0.1", 0)
                .withHeartbeat(heartbeat)
                .withStopTimeout(stopTimeout)
                .withAuth(auth));
  }

  /** Any workspace and cluster, 8 GPUs each. */
  public static HttpSim open() {
    return new HttpSim(Topology.openWorld(), Duration.ofSeconds(15));
  }

  /** Any workspace and cluster, with authentication on: clients exchange one of auth's keys. */
  public static HttpSim withAuth(AuthSettings auth) {
    return new HttpSim(Topology.openWorld(), Duration.ofSeconds(15), Duration.ZERO, auth);
  }

  /** The topology written in YAML. */
  public static HttpSim withTopology(String yaml) {
    return new HttpSim(
        TopologyLoader.parse(yaml, TopologyLoader.Format.YAML), Duration.ofSeconds(15));
  }

  /** Any workspace and cluster, with watch heartbeats every {@code heartbeat}. */
  public static HttpSim withHeartbeat(Duration heartbeat) {
    return new HttpSim(Topology.openWorld(), heartbeat);
  }

  /** Any workspace and cluster, quick heartbeats, and a graceful stop of {@code stopTimeout}. */
  public static HttpSim withGracefulStop(Duration stopTimeout) {
    return new HttpSim(Topology.openWorld(), Duration.ofMillis(50), stopTimeout);
  }

  public URI uri(String path) {
    return URI.create(server.baseUrl() + path);
  }

  /** The watch stream with {@code query} (such as {@code ?workspaceName=abc}, or empty). */
  public URI watch(String query) {
    return uri(API + "/watch" + query);
  }

  public Reply get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  public Reply post(String path, String body, String... headers) {
    return send("POST", path, body, headers);
  }

  public Reply put(String path, String body, String... headers) {
    return send("PUT", path, body, headers);
  }

  public Reply delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  /** Sends {@code body} as JSON (none when null); {@code headers} are name, value pairs. */
  public Reply send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(20))
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    boolean typed = false;
    for (int i = 0; i < headers.length; i += 2) {
      typed |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (body != null && !typed) {
      request.header("Content-Type", "application/json");
    }
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

  /** The HTTP client, for streams. */
  public HttpClient client() {
    return http;
  }

  /** Creates a placement; fails the test unless it is a 200. */
  public void create(String json) {
    Reply reply = post(API, json);
    if (reply.status() != 200) {
      throw new AssertionError("create failed: " + reply.body());
    }
  }

  /** Moves the simulated clock forward by {@code duration} (such as {@code 90s}). */
  public JsonNode advance(String duration) {
    Reply reply = post("/sim/v1/clock/advance", "{\"duration\": \"" + duration + "\"}");
    if (reply.status() != 200) {
      throw new AssertionError("advance failed: " + reply.body());
    }
    return reply.data();
  }

  /** The placement as GET shows it. */
  public JsonNode placement(String name) {
    Reply reply = get(API + "/" + name);
    if (reply.status() != 200) {
      throw new AssertionError("get " + name + " failed: " + reply.body());
    }
    return reply.data();
  }

  /** The placement's provisioning status. */
  public String status(String name) {
    return placement(name).path("status").path("provisioningStatus").asText();
  }

  /** One cluster as the control API shows it. */
  public JsonNode cluster(String name) {
    Reply reply = get("/sim/v1/clusters/" + name);
    if (reply.status() != 200) {
      throw new AssertionError("cluster " + name + " failed: " + reply.body());
    }
    return reply.data();
  }

  /** Replaces the fault rules with {@code rulesJson} (a JSON array). */
  public void faults(String rulesJson) {
    Reply reply = put("/sim/v1/faults", "{\"rules\": " + rulesJson + "}");
    if (reply.status() != 200) {
      throw new AssertionError("faults failed: " + reply.body());
    }
  }

  @Override
  public void close() {
    server.close();
  }
}

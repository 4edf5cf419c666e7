package io.workloadplacement.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.workloadplacement.deploy.ServerRbacTest.Right;
import io.workloadplacement.k8s.ClusterLocation;
import io.workloadplacement.k8s.Eventually;
import io.workloadplacement.k8s.MockApiServer;
import io.workloadplacement.k8s.server.ControllerSettings;
import io.workloadplacement.k8s.server.KubernetesServer;
import io.workloadplacement.k8s.server.KubernetesServerSettings;
import io.workloadplacement.rest.auth.KeyGuessLimit;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart's Role held to what the server really calls: the server, started with the chart's
 * arguments (controller and leader election on, API keys from the chart's Secret) on a hub mock,
 * drives a representative workload; every request it sent the hub must be granted by the Role, and
 * every right the Role grants must have been used. Worker clusters are reached with their own
 * kubeconfigs, so requests to the worker mock are not counted.
 */
class ServerCallsTest {

  private static final String API = "/api/v1/workload-placement";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request to the hub, as RBAC sees it: group, resource, name (empty: none), verb. */
  record Call(String group, String resource, String name, String verb) {

    /** The call {@code method path} is, as the API server's authorizer would name it. */
    static Call of(String method, String path) {
      URI uri = URI.create(path);
      Map<String, String> query = query(uri.getRawQuery());
      List<String> segments = List.of(uri.getPath().substring(1).split("/"));
      // /api/v1/... is the core group; /apis/{group}/{version}/...
      String group = segments.get(0).equals("api") ? "" : segments.get(1);
      List<String> rest = segments.subList(segments.get(0).equals("api") ? 2 : 3, segments.size());
      if (!rest.isEmpty() && rest.get(0).equals("namespaces") && rest.size() > 2) {
        rest = rest.subList(2, rest.size());
      }
      String resource = rest.get(0) + (rest.size() > 2 ? "/" + rest.get(2) : "");
      boolean named = rest.size() > 1;
      // a metadata.name field selector on a collection is matched against resource names
      String name =
          named
              ? rest.get(1)
              : Optional.ofNullable(query.get("fieldSelector"))
                  .filter(s -> s.startsWith("metadata.name="))
                  .map(s -> s.substring("metadata.name=".length()))
                  .orElse("");
      String verb =
          switch (method) {
            case "GET" -> named ? "get" : "true".equals(query.get("watch")) ? "watch" : "list";
            case "POST" -> "create";
            case "PUT" -> "update";
            case "PATCH" -> "patch";
            case "DELETE" -> named ? "delete" : "deletecollection";
            default -> throw new AssertionError("unexpected method " + method + " " + path);
          };
      return new Call(group, resource, name, verb);
    }

    private static Map<String, String> query(String raw) {
      Map<String, String> query = new HashMap<>();
      if (raw != null) {
        for (String pair : raw.split("&")) {
          int equals = pair.indexOf('=');
          query.put(
              URLDecoder.decode(
                  equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
              equals < 0
                  ? ""
                  : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
      return query;
    }

    boolean grantedBy(Right right) {
      return right.group().equals(group)
          && right.resource().equals(resource)
          && right.verb().equals(verb)
          && (right.names().isEmpty() || right.names().contains(name));
    }
  }

  @TempDir Path directory;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theRoleGrantsEveryCallTheServerMakesAndNothingItDoesNot() throws Exception {
    RenderedChart chart =
        RenderedChart.template(
            Map.of(
                "apiKeys", Map.of("keys", List.of("rbac-owner:Owner")),
                "workspaces", Map.of("clusters", Map.of("abc", List.of("w1")))));
    List<String> args =
        chart
            .one(Deployment.class)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0)
            .getArgs();
    assertThat(args).contains("--controller", "--leader-election");
    Set<Right> granted = ServerRbacTest.granted(chart.one(Role.class).getRules());

    Set<Call> calls;
    try (MockApiServer hub = MockApiServer.crud();
        MockApiServer worker = workerWithOneGpu()) {
      install(hub, chart, worker);
      int setupRequests = hub.server().getRequestCount();
      Path kubeconfig = hub.writeKubeconfig(directory, RenderedChart.NAMESPACE);
      try (KubernetesServer server = KubernetesServer.start(settings(kubeconfig, args))) {
        drive(server);
      }
      calls = serverCalls(hub, setupRequests);
    }

    assertThat(calls).as("the server's calls on the hub").isNotEmpty();
    assertThat(calls)
        .filteredOn(call -> granted.stream().noneMatch(call::grantedBy))
        .as("calls the Role does not grant (it grants %s)", granted)
        .isEmpty();
    assertThat(granted)
        .filteredOn(right -> calls.stream().noneMatch(call -> call.grantedBy(right)))
        .as("rights the Role grants that the server never used (it called %s)", calls)
        .isEmpty();
  }

  /** The chart's workspace ConfigMap and API keys' Secret on the hub, and worker w1 registered. */
  private void install(MockApiServer hub, RenderedChart chart, MockApiServer worker)
      throws IOException {
    ConfigMap workspaces = chart.one(ConfigMap.class);
    hub.client().configMaps().inNamespace(RenderedChart.NAMESPACE).resource(workspaces).create();
    Secret keys = chart.one(Secret.class);
    Map<String, String> data = new HashMap<>();
    // as a real API server stores it (the mock leaves stringData unconverted)
    keys.getStringData()
        .forEach(
            (key, value) ->
                data.put(
                    key,
                    Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))));
    keys.setStringData(null);
    keys.setData(data);
    hub.client().secrets().inNamespace(RenderedChart.NAMESPACE).resource(keys).create();
    String workerKubeconfig = Files.readString(worker.writeKubeconfig(directory, "default"));
    hub.client()
        .secrets()
        .inNamespace(RenderedChart.NAMESPACE)
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("cluster-w1")
                .addToLabels("workloadplacement.io/cluster", "w1")
                .endMetadata()
                .addToData(
                    "kubeconfig",
                    Base64.getEncoder()
                        .encodeToString(workerKubeconfig.getBytes(StandardCharsets.UTF_8)))
                .build())
        .create();
  }

  /**
   * A worker cluster with one Node of one GPU: a second placement waits Queued behind the first.
   */
  private static MockApiServer workerWithOneGpu() {
    MockApiServer worker = MockApiServer.crudWithoutDefinition();
    worker
        .client()
        .nodes()
        .resource(
            new NodeBuilder()
                .withNewMetadata()
                .withName("node-1")
                .endMetadata()
                .withNewStatus()
                .withAllocatable(Map.of("nvidia.com/gpu", new Quantity("1")))
                .endStatus()
                .build())
        .create();
    return worker;
  }

  /** The server's settings from the chart's arguments, on loopback and a free port. */
  private static KubernetesServerSettings settings(Path kubeconfig, List<String> args) {
    Map<String, String> values =
        args.stream()
            .filter(arg -> arg.contains("="))
            .collect(
                Collectors.toMap(
                    arg -> arg.substring(0, arg.indexOf('=')),
                    arg -> arg.substring(arg.indexOf('=') + 1)));
    return KubernetesServerSettings.defaults(ClusterLocation.kubeconfig(kubeconfig))
        .withAddress("127.0.0.1", 0)
        .withStopTimeout(Duration.ZERO)
        .withNamespace(values.get("--namespace"))
        .withWorkspacesConfigMap(values.get("--workspaces-configmap"))
        .withApiKeys(List.of(), Optional.of(values.get("--api-keys-secret")), KeyGuessLimit.DEFAULT)
        .withController(
            new ControllerSettings(true, true, values.get("--lease-name"), "replica-1"));
  }

  /**
   * A representative workload: a placement driven to Successful on w1, seen on a watch stream; a
   * second one that waits Queued for w1's one GPU, read, listed, updated and deleted.
   */
  private void drive(KubernetesServer server) throws Exception {
    String base = server.baseUrl();
    Eventually.await(server::isDriving, "the replica leads and drives");
    String token =
        send(base, "POST", "/api/v1/auth", null, "{\"apiKey\": \"rbac-owner\"}")
            .path("data")
            .path("token")
            .asText();
    BlockingQueue<String> watched = watch(base + API + "/watch", token);

    send(base, "POST", API, token, placement("driven"));
    Eventually.await(
        Duration.ofSeconds(60),
        () -> status(base, token, "driven").equals("Successful"),
        "the first placement is Successful");
    awaitLine(watched, "driven");

    send(base, "POST", API, token, placement("waiting"));
    Eventually.await(
        () -> status(base, token, "waiting").equals("Queued"), "the second placement is Queued");
    assertThat(send(base, "GET", API, token, null).path("data").size()).isEqualTo(2);
    send(base, "PUT", API + "/waiting", token, "{\"burstDuration\": \"2h\"}");
    send(base, "DELETE", API + "/waiting", token, null);
    Eventually.await(
        () -> send(base, "GET", API, token, null).path("data").size() == 1,
        "the second placement is gone");
  }

  private static String placement(String name) {
    return """
        {"workspaceName": "abc", "name": "%s", "clusters": ["w1"], "burstDuration": "1h",
         "cmdExec": [{"name": "ns", "cmd": "kubectl create namespace %s"}],
         "steps": [{"name": "ns", "type": "command"}]}
        """
        .formatted(name, name);
  }

  private String status(String base, String token, String name) {
    return send(base, "GET", API + "/" + name, token, null)
        .path("data")
        .path("status")
        .path("provisioningStatus")
        .asText();
  }

  /** Sends a request; fails unless it answers 200; returns its JSON body. */
  private JsonNode send(String base, String method, String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode())
          .as("%s %s: %s", method, path, response.body())
          .isEqualTo(200);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Opens the watch stream; its lines arrive on the queue, read by a daemon thread. */
  private BlockingQueue<String> watch(String url, String token) throws Exception {
    HttpResponse<InputStream> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
              } catch (IOException | UncheckedIOException e) {
                // the stream ends when the server stops
              }
            },
            "watch-reader");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  private static void awaitLine(BlockingQueue<String> lines, String text)
      throws InterruptedException {
    long deadline = System.nanoTime() + Eventually.WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line != null && line.contains(text)) {
        return;
      }
    }
    throw new AssertionError("the watch stream did not mention " + text);
  }

  /**
   * The requests the hub received after the first {@code skip} (the test's set-up): all the
   * server's, since the test's own client is not used once the server starts.
   */
  private static Set<Call> serverCalls(MockApiServer hub, int skip) throws InterruptedException {
    Set<Call> calls = new LinkedHashSet<>();
    int count = hub.server().getRequestCount();
    for (int i = 0; i < count; i++) {
      RecordedRequest request = hub.server().takeRequest(1, TimeUnit.SECONDS);
      if (request == null) {
        break;
      }
      if (i >= skip) {
        calls.add(Call.of(request.getMethod(), request.getPath()));
      }
    }
    return calls;
  }
}

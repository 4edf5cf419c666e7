package io.workloadplacement.bench;

import static io.workloadplacement.bench.SoakClient.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One writer of a soak: until the deadline, an operation on a random name of a fixed pool (so the
 * number of placements stays bounded): creates, updates (half of them read first and send
 * If-Match), deletes, reads, filtered pages and status jumps through the control API. Each answer
 * is checked against what the operation may answer.
 */
final class SoakWriter implements Runnable {

  private static final Set<Integer> CREATE = Set.of(200, 409);
  private static final Set<Integer> READ = Set.of(200, 404);
  private static final Set<Integer> WRITE = Set.of(200, 404, 409, 412);
  private static final String[] STATUSES = {
    "Pending", "Queued", "InProgress", "Successful", "Completed", "Failed"
  };
  private static final String[] BURSTS = {"1m", "5m", "15m"};

  private static final String BODY =
      "{\"workspaceName\":\"%s\",\"name\":\"%s\",\"clusters\":[%s]%s,\"deletionPolicy\":\"%s\","
          + "\"helmConfigs\":[{\"chart\":\"vaidio/cuda\",\"releaseName\":\"cuda\","
          + "\"releaseNamespace\":\"bookinfo\",\"repoName\":\"vaidio\","
          + "\"repoURL\":\"https://smartscaler.nexus.aveshalabs.io/repository/vaidio/\","
          + "\"secretRef\":\"vaidio-secret\",\"values\":{\"replicaCount\":2}}],"
          + "\"manifestResources\":[{\"name\":\"sample-configmap\",\"namespace\":\"bookinfo\","
          + "\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\","
          + "\"data\":{\"database.properties\":\"host=localhost\\nport=5432\"}}],"
          + "\"cmdExec\":[{\"name\":\"create-namespace\",\"cmd\":\"kubectl get pods -n bookinfo\"}],"
          + "\"steps\":[{\"name\":\"create-namespace\",\"type\":\"command\"},"
          + "{\"name\":\"cuda\",\"type\":\"helm\"},{\"name\":\"sample-configmap\",\"type\":\"manifest\"}]}";

  private final SoakClient http;
  private final long deadline;
  private final int names;
  private final SplittableRandom random;

  SoakWriter(SoakClient http, long deadline, int names, SplittableRandom random) {
    this.http = http;
    this.deadline = deadline;
    this.names = names;
    this.random = random;
  }

  @Override
  public void run() {
    while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
      int n = random.nextInt(names);
      String name = "soak-" + n;
      int dice = random.nextInt(100);
      if (dice < 30) {
        create(name, "ws-" + n % 3);
      } else if (dice < 50) {
        update(name);
      } else if (dice < 75) {
        delete(name);
      } else if (dice < 85) {
        send("get", request(placement(name)).GET(), READ);
      } else if (dice < 92) {
        String page = "?workspaceName=ws-" + random.nextInt(3) + "&limit=50";
        send("list", request("/api/v1/workload-placement" + page).GET(), Set.of(200));
      } else {
        jump(name, STATUSES[random.nextInt(STATUSES.length)]);
      }
    }
  }

  private void create(String name, String workspace) {
    String clusters =
        random.nextBoolean()
            ? "\"worker-" + (1 + random.nextInt(4)) + "\""
            : "\"worker-1\",\"worker-" + (2 + random.nextInt(3)) + "\"";
    // a placement without burstDuration (contract section 7) never completes on its own
    String burst =
        random.nextInt(4) == 0
            ? ""
            : ",\"burstDuration\":\"" + BURSTS[random.nextInt(BURSTS.length)] + "\"";
    String policy = random.nextBoolean() ? "Delete" : "Retain";
    String body = String.format(BODY, workspace, name, clusters, burst, policy);
    send("create", request("/api/v1/workload-placement").POST(json(body)), CREATE);
  }

  /**
   * Deletes it; one that may not be deleted any more (Successful, Completed, Failed) is jumped back
   * to Pending and deleted then, so the pool does not fill with placements no one can delete.
   */
  private void delete(String name) {
    Optional<HttpResponse<String>> deleted =
        send("delete", request(placement(name)).DELETE(), WRITE);
    if (deleted.map(HttpResponse::statusCode).orElse(0) == 409) {
      jump(name, "Pending");
      send("delete", request(placement(name)).DELETE(), WRITE);
    }
  }

  private void jump(String name, String status) {
    send(
        "jump",
        request("/sim/v1/placements/" + name + "/status")
            .PUT(json("{\"provisioningStatus\":\"" + status + "\"}")),
        WRITE);
  }

  /** A new burstDuration (allowed until Completed), or new clusters (only in Pending, Queued). */
  private void update(String name) {
    String body =
        random.nextInt(4) == 0
            ? "{\"clusters\":[\"worker-" + (1 + random.nextInt(4)) + "\"]}"
            : "{\"burstDuration\":\"" + BURSTS[random.nextInt(BURSTS.length)] + "\"}";
    HttpRequest.Builder put = request(placement(name)).PUT(json(body));
    if (random.nextBoolean()) {
      Optional<HttpResponse<String>> read = send("get", request(placement(name)).GET(), READ);
      Optional<String> etag = read.flatMap(r -> r.headers().firstValue("ETag"));
      if (etag.isEmpty()) {
        return;
      }
      put.header("If-Match", etag.get());
    }
    send("update", put, WRITE);
  }

  private Optional<HttpResponse<String>> send(
      String operation, HttpRequest.Builder request, Set<Integer> expected) {
    return http.send(operation, request, expected);
  }

  private HttpRequest.Builder request(String path) {
    return http.request(path);
  }

  private static String placement(String name) {
    return "/api/v1/workload-placement/" + name;
  }
}

package io.workloadplacement.simulator.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** JSON for tests, with a plain mapper, and the request bodies they send. */
public final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The vendor's example request (the seed page), verbatim but for its name. */
  private static final String SEED =
      """
      {
      "workspaceName": "abc",
      "name": "bookinfo-workload-template-worker-4-0",
      "clusters": ["worker-1"],
      "burstDuration": "15m",
      "deletionPolicy": "Delete",
      "helmConfigs": [
      {
      "chart": "vaidio/cuda",
      "releaseName": "cuda",
      "releaseNamespace": "bookinfo",
      "repoName": "vaidio",
      "repoURL": "https://smartscaler.nexus.aveshalabs.io/repository/vaidio/",
      "secretRef": "vaidio-secret",
      "values": { "replicaCount": 2 }
      }
      ],
      "manifestResources": [
      {
      "name": "sample-configmap",
      "namespace": "bookinfo",
      "apiVersion": "v1",
      "kind": "ConfigMap",
      "data": {
      "database.properties": "host=localhost\\nport=5432\\ndatabase=myapp",
      "ui.properties": "color=purple\\ntheme=dark\\nlanguage=en"
      }
      }
      ],
      "cmdExec": [
      { "name": "create-namespace", "cmd": "kubectl get pods -n bookinfo" }
      ],
      "steps": [
      { "name": "create-namespace", "type": "command" },
      { "name": "cuda", "type": "helm" },
      { "name": "sample-configmap", "type": "manifest" }
      ]
      }
      """;

  /** The seed's name. */
  public static final String SEED_NAME = "bookinfo-workload-template-worker-4-0";

  private Json() {}

  public static JsonNode read(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  public static String write(JsonNode node) {
    return node.toString();
  }

  /** The vendor's example request. */
  public static String seed() {
    return SEED;
  }

  /**
   * The vendor's example (command 2s, helm 15s, manifest 1s) as {@code name} in {@code workspace}
   * on {@code clusters}, with {@code burst} and {@code policy}.
   */
  public static String seed(
      String name, String workspace, List<String> clusters, String burst, String policy) {
    ObjectNode body = (ObjectNode) read(SEED);
    body.put("name", name);
    body.put("workspaceName", workspace);
    ArrayNode list = body.putArray("clusters");
    clusters.forEach(list::add);
    body.put("burstDuration", burst);
    body.put("deletionPolicy", policy);
    return body.toString();
  }

  /** The vendor's example as {@code name}, otherwise unchanged. */
  public static String seedNamed(String name) {
    return seed(name, "abc", List.of("worker-1"), "15m", "Delete");
  }
}

package io.workloadplacement.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a soak checks once its load has stopped and nothing moves: every placement that is
 * InProgress or Successful holds a GPU on each of its clusters (contract section 6), and no cluster
 * has more GPUs in use than it has.
 */
final class SoakAudit {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> HOLDING = Set.of("InProgress", "Successful");

  private SoakAudit() {}

  /** Counts each broken rule in {@code tally}; returns the placements looked at. */
  static int run(SoakClient http, SoakTally tally) {
    Set<Integer> ok = Set.of(200);
    JsonNode clusters = data(http.send("audit", http.request("/sim/v1/clusters").GET(), ok), tally);
    JsonNode placements =
        data(http.send("audit", http.request("/api/v1/workload-placement").GET(), ok), tally);
    Map<String, Set<String>> holders = new HashMap<>();
    for (JsonNode cluster : clusters) {
      String name = cluster.path("name").asText();
      Set<String> held = new HashSet<>();
      cluster.path("gpuHolders").forEach(h -> held.add(h.asText()));
      holders.put(name, held);
      if (cluster.path("gpusInUse").asInt() > cluster.path("gpuCapacity").asInt()) {
        tally.brokenRule(name + " has more GPUs in use than it has: " + cluster);
      }
    }
    for (JsonNode placement : placements) {
      String name = placement.path("name").asText();
      String status = placement.path("status").path("provisioningStatus").asText();
      if (!HOLDING.contains(status)) {
        continue;
      }
      for (JsonNode cluster : placement.path("clusters")) {
        if (!holders.getOrDefault(cluster.asText(), Set.of()).contains(name)) {
          tally.brokenRule(name + " is " + status + " on " + cluster.asText() + " without a GPU");
        }
      }
    }
    return placements.size();
  }

  private static JsonNode data(Optional<HttpResponse<String>> response, SoakTally tally) {
    if (response.isEmpty() || response.get().statusCode() != 200) {
      tally.brokenRule("the audit could not read the state");
      return JSON.createArrayNode();
    }
    try {
      return JSON.readTree(response.get().body()).path("data");
    } catch (JsonProcessingException e) {
      tally.brokenRule("the audit read no JSON: " + e.getMessage());
      return JSON.createArrayNode();
    }
  }
}

package io.workloadplacement.conformance.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The representation additions of section 7, which every read (GET and LIST items) must carry:
 * {@code clusterNames} beside {@code clusters}, {@code status.observedClusterNames} naming the
 * clusters that have a decision, and a {@code gprStatus} in each decision of a placement that has
 * {@code gprDetails}.
 */
final class ReadAdditions {

  private static final Set<String> GPR_STATUSES = Set.of("Queued", "Provisioned", "Released");

  private ReadAdditions() {}

  /** Throws {@link AssertionError} when {@code data}, a read of {@code name}, lacks one. */
  static void check(String name, JsonNode data, JsonNode stored) {
    JsonNode clusters = data.get("clusters");
    JsonNode clusterNames = data.get("clusterNames");
    if (clusters == null || clusterNames == null || !Json.same(clusters, clusterNames)) {
      throw new AssertionError(
          name
              + " must read with clusters and clusterNames, the same list; got clusters "
              + clusters
              + ", clusterNames "
              + clusterNames);
    }
    JsonNode decisions = data.path("status").path("clusterPlacementDecisions");
    Set<String> decided = new TreeSet<>();
    decisions.forEach(d -> decided.add(d.path("clusterName").asText()));
    Set<String> observed = new TreeSet<>();
    data.path("status").path("observedClusterNames").forEach(c -> observed.add(c.asText()));
    if (!observed.equals(decided)) {
      throw new AssertionError(
          name + " has status.observedClusterNames " + observed + " but decisions for " + decided);
    }
    JsonNode gpr = stored.get("gprDetails");
    if (gpr == null) {
      return;
    }
    for (JsonNode decision : decisions) {
      gprStatus(name, decision, gpr);
    }
  }

  private static void gprStatus(String name, JsonNode decision, JsonNode gpr) {
    String cluster = decision.path("clusterName").asText();
    JsonNode status = decision.get("gprStatus");
    String where = name + "'s decision for " + cluster;
    if (status == null || !status.isObject()) {
      throw new AssertionError(where + " has no gprStatus, though the placement has gprDetails");
    }
    expect(where, "gprName", status.get("gprName"), name + "-" + cluster);
    JsonNode provisioning = status.get("provisioningStatus");
    if (provisioning == null || !GPR_STATUSES.contains(provisioning.asText())) {
      throw new AssertionError(
          where
              + " has gprStatus.provisioningStatus "
              + provisioning
              + ", not one of "
              + GPR_STATUSES);
    }
    for (String field : List.of("numberOfGPUNodes", "memoryPerGpu", "gpuShape", "instanceType")) {
      if (gpr.has(field) && !Json.same(gpr.get(field), status.get(field))) {
        throw new AssertionError(
            where
                + " has gprStatus."
                + field
                + " "
                + status.get(field)
                + ", gprDetails says "
                + gpr.get(field));
      }
    }
  }

  private static void expect(String where, String field, JsonNode actual, String expected) {
    if (actual == null || !actual.asText().equals(expected)) {
      throw new AssertionError(
          where + " has gprStatus." + field + " " + actual + ", expected " + expected);
    }
  }
}

package io.workloadplacement.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.rest.json.JsonMapping;
import io.workloadplacement.simulator.cluster.ClusterView;
import io.workloadplacement.simulator.cluster.CommandLogEntry;
import io.workloadplacement.simulator.cluster.HelmRelease;
import io.workloadplacement.simulator.cluster.ManifestObject;
import io.workloadplacement.simulator.cluster.NamespaceView;
import io.workloadplacement.simulator.fault.FaultRuleSpec;
import io.workloadplacement.simulator.fault.FaultRuleState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The control API's JSON, key by key and in order, as clients and the conformance suite read it.
 */
class ControlViewsTest {

  private static final Instant AT = Instant.parse("2025-10-30T08:00:01.234567Z");

  @Test
  void aClusterShowsEveryPartWithMissingValuesAsNullAndTimesToTheMillisecond() throws Exception {
    ClusterView cluster =
        new ClusterView(
            "worker-1",
            List.of("abc"),
            8,
            1,
            List.of("p1"),
            List.of(new NamespaceView("ns", List.of("p1"))),
            List.of(
                new HelmRelease(
                    "r",
                    "ns",
                    "chart",
                    Optional.empty(),
                    "repo",
                    "https://x",
                    Map.of(),
                    1,
                    "p1",
                    AT)),
            List.of(
                new ManifestObject("v1", "ConfigMap", Optional.empty(), "m", Map.of(), "p1", AT)),
            List.of(new CommandLogEntry(AT, "worker-1", "p1", "s", "echo")));

    assertThat(JsonMapping.objectMapper().writeValueAsString(ControlViews.cluster(cluster)))
        .isEqualTo(
            "{\"name\":\"worker-1\",\"workspaces\":[\"abc\"],\"gpuCapacity\":8,\"gpusInUse\":1,"
                + "\"gpusFree\":7,\"gpuHolders\":[\"p1\"],"
                + "\"namespaces\":[{\"name\":\"ns\",\"owners\":[\"p1\"]}],"
                + "\"helmReleases\":[{\"name\":\"r\",\"namespace\":\"ns\",\"chart\":\"chart\","
                + "\"version\":null,\"repoName\":\"repo\",\"repoURL\":\"https://x\",\"values\":{},"
                + "\"revision\":1,\"owner\":\"p1\",\"deployedAt\":\"2025-10-30T08:00:01.234Z\"}],"
                + "\"manifests\":[{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"namespace\":null,"
                + "\"name\":\"m\",\"data\":{},\"owner\":\"p1\",\"appliedAt\":\"2025-10-30T08:00:01.234Z\"}],"
                + "\"commandLog\":[{\"at\":\"2025-10-30T08:00:01.234Z\",\"placement\":\"p1\","
                + "\"step\":\"s\",\"cmd\":\"echo\"}]}");
  }

  @Test
  void aFaultRuleLeavesOutWhatWasNotSetButAlwaysShowsItsCounters() throws Exception {
    FaultRuleSpec spec =
        new FaultRuleSpec(
            new FaultRuleSpec.Match(null, null, null, null, "list"),
            new FaultRuleSpec.Effect("respond", null, "timeout", 500, null),
            null,
            null);
    FaultRuleState state = new FaultRuleState(spec.toRule(), 2, OptionalInt.empty());

    assertThat(JsonMapping.objectMapper().writeValueAsString(ControlViews.faults(List.of(state))))
        .isEqualTo(
            "{\"rules\":[{\"match\":{\"operation\":\"list\"},"
                + "\"effect\":{\"type\":\"respond\",\"message\":\"timeout\",\"status\":500},"
                + "\"fired\":2,\"remaining\":null}]}");
  }
}

package io.workloadplacement.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.simulator.topology.TopologyLoader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoScenarioTest {

  @Test
  void preloadsEveryStatusInTwoWorkspaces() {
    try (Simulator sim = Sims.manual()) {
      List<DemoScenario.Loaded> loaded = DemoScenario.load(sim);

      List<VersionedPlacement> all = sim.placements().list(PlacementQuery.all()).items();
      assertThat(all).hasSize(12);
      Map<String, List<ProvisioningStatus>> byWorkspace =
          all.stream()
              .collect(
                  Collectors.groupingBy(
                      p -> p.placement().workspaceName(),
                      Collectors.mapping(
                          p -> p.placement().provisioningStatus(), Collectors.toList())));
      assertThat(byWorkspace).containsOnlyKeys("team-a", "team-b");
      byWorkspace
          .values()
          .forEach(s -> assertThat(s).containsExactlyInAnyOrder(ProvisioningStatus.values()));
      assertThat(loaded)
          .extracting(DemoScenario.Loaded::status)
          .containsOnly(ProvisioningStatus.values());
      assertThat(sim.cluster("gpu-east").orElseThrow().gpusInUse()).isGreaterThanOrEqualTo(4);
    }
  }

  @Test
  void usesTheFirstTwoWorkspacesOfATopologyAndSkipsWhatItsCapacityCannotHold() {
    var topology =
        TopologyLoader.parse(
            """
            workspaces:
              - name: one
                clusters: [{name: tiny, gpus: 1}]
              - name: two
                clusters: [tiny]
              - name: three
                clusters: [tiny]
            """,
            TopologyLoader.Format.YAML);
    try (Simulator sim = Sims.manual(topology)) {
      List<DemoScenario.Loaded> loaded = DemoScenario.load(sim);

      assertThat(loaded).extracting(DemoScenario.Loaded::workspace).containsOnly("one", "two");
      assertThat(loaded).hasSize(12);
      assertThat(sim.cluster("tiny").orElseThrow().gpusInUse()).isEqualTo(1);
    }
  }
}

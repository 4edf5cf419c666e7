package io.workloadplacement.simulator.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.simulator.topology.TopologyLoader.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyLoaderTest {

  private static final String YAML =
      """
      defaultGpus: 4
      timings:
        helm: 30s
        admission: 0s
      workspaces:
        - name: abc
          clusters:
            - name: worker-1
              gpus: 2
            - worker-2
        - name: team-b
          clusters:
            - worker-1
      """;

  @Test
  void readsWorkspacesClustersCapacitiesAndTimingsFromYaml() {
    Topology topology = TopologyLoader.parse(YAML, Format.YAML);

    assertThat(topology.open()).isFalse();
    assertThat(topology.workspaces().keySet()).containsExactly("abc", "team-b");
    assertThat(topology.clustersOf("abc")).contains(List.of("worker-1", "worker-2"));
    // one cluster in two workspaces is one pool: the explicit size wins everywhere
    assertThat(topology.gpus()).containsEntry("worker-1", 2).containsEntry("worker-2", 4);
    assertThat(topology.timings().helm()).isEqualTo(Duration.ofSeconds(30));
    assertThat(topology.timings().admission()).isZero();
    assertThat(topology.timings().command()).isEqualTo(TimingProfile.defaults().command());
    assertThat(topology.hasCluster("team-b", "worker-1")).isTrue();
    assertThat(topology.hasCluster("team-b", "worker-2")).isFalse();
    assertThat(topology.hasWorkspace("nope")).isFalse();
  }

  @Test
  void aDataDirectoryIsReadFromWhereTheFileIs(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("conf").resolve("topology.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "dataDir: ../state\n" + YAML);

    Topology topology = TopologyLoader.load(file);

    assertThat(topology.dataDir())
        .contains(dir.resolve("conf").resolve("../state").toAbsolutePath());
    assertThat(TopologyLoader.parse(YAML, Format.YAML).dataDir()).isEmpty();
  }

  @Test
  void readsJsonFilesByExtension(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("topology.json");
    Files.writeString(
        file, "{\"workspaces\": [{\"name\": \"abc\", \"clusters\": [{\"name\": \"w1\"}]}]}");

    Topology topology = TopologyLoader.load(file);

    assertThat(topology.gpus()).containsEntry("w1", Topology.DEFAULT_GPUS);
    assertThat(topology.timings()).isEqualTo(TimingProfile.defaults());
  }

  @Test
  void unknownFieldsAreErrorsWithTheirPlace() {
    assertThatThrownBy(
            () ->
                TopologyLoader.parse("workspaces:\n  - name: abc\n    clsters: []\n", Format.YAML))
        .isInstanceOf(TopologyException.class)
        .hasMessageContaining("workspaces[0].clsters: unknown field")
        .hasMessageContaining("line")
        .hasMessageNotContaining("TopologyLoader");
    assertRefused("defaultGpus: many\nworkspaces: [{name: abc}]\n", "defaultGpus: cannot read");
  }

  @Test
  void refusesNonsense() {
    assertRefused("workspaces: []", "at least one workspace");
    assertRefused("workspaces:\n  - name: abc\n  - name: abc\n", "workspace abc appears twice");
    assertRefused("workspaces:\n  - name: Bad_Name\n", "DNS-1123");
    assertRefused(
        "workspaces:\n  - name: abc\n    clusters: [w1, w1]\n", "cluster w1 appears twice");
    assertRefused(
        "workspaces:\n  - name: abc\n    clusters: [{name: w1, gpus: -1}]\n",
        "must not be negative");
    assertRefused(
        "workspaces:\n  - name: a\n    clusters: [{name: w1, gpus: 1}]\n"
            + "  - name: b\n    clusters: [{name: w1, gpus: 2}]\n",
        "has 1 GPUs elsewhere");
    assertRefused("timings: {helm: soon}\nworkspaces:\n  - name: abc\n", "timings.helm");
    assertRefused("timings: {boot: 1s}\nworkspaces:\n  - name: abc\n", "unknown timing");
  }

  @Test
  void aMissingFileIsReportedWithItsPath(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> TopologyLoader.load(missing))
        .isInstanceOf(TopologyException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void theOpenTopologyAcceptsAnything() {
    Topology open = Topology.openWorld();
    assertThat(open.hasWorkspace("any")).isTrue();
    assertThat(open.hasCluster("any", "thing")).isTrue();
    assertThat(new TopologyWorkspaceDirectory(open).hasCluster("x", "y")).isTrue();
    Topology closed = TopologyLoader.parse(YAML, Format.YAML);
    assertThat(new TopologyWorkspaceDirectory(closed).hasCluster("abc", "worker-3")).isFalse();
  }

  @Test
  void timingOverridesReplaceOneTimingEach() {
    TimingProfile profile =
        TimingProfile.defaults()
            .withAll(java.util.Map.of("manifest", Duration.ofSeconds(3), "command", Duration.ZERO));
    assertThat(profile.manifest()).isEqualTo(Duration.ofSeconds(3));
    assertThat(profile.command()).isZero();
    assertThat(profile.helm()).isEqualTo(Duration.ofSeconds(15));
    assertThatThrownBy(() -> profile.with("boot", Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertRefused(String yaml, String message) {
    assertThatThrownBy(() -> TopologyLoader.parse(yaml, Format.YAML))
        .isInstanceOf(TopologyException.class)
        .hasMessageContaining(message);
  }
}

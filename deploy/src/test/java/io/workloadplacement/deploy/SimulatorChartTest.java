package io.workloadplacement.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code mode: simulator}: one simulator, no Kubernetes rights, its files from the cluster. */
class SimulatorChartTest {

  static final Map<String, Object> TOPOLOGY =
      Map.of(
          "defaultGpus",
          4,
          "workspaces",
          List.of(
              Map.of(
                  "name",
                  "team-a",
                  "clusters",
                  List.of(Map.of("name", "worker-1", "gpus", 2), "worker-2"))));

  private static final RenderedChart DEFAULTS = RenderedChart.template(Map.of("mode", "simulator"));

  static Container container(RenderedChart chart) {
    return podSpec(chart).getContainers().get(0);
  }

  static PodSpec podSpec(RenderedChart chart) {
    return chart.one(Deployment.class).getSpec().getTemplate().getSpec();
  }

  private static Volume volumeMountedAt(RenderedChart chart, String path) {
    VolumeMount mount =
        container(chart).getVolumeMounts().stream()
            .filter(m -> m.getMountPath().equals(path))
            .findFirst()
            .orElseThrow(() -> new AssertionError("nothing mounted at " + path));
    return podSpec(chart).getVolumes().stream()
        .filter(v -> v.getName().equals(mount.getName()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void oneSimulatorWithoutAnyKubernetesRights() {
    assertThat(DEFAULTS.kinds()).containsExactlyInAnyOrder("Service", "Deployment");
    Deployment deployment = DEFAULTS.one(Deployment.class);
    assertThat(deployment.getSpec().getReplicas()).isEqualTo(1);
    assertThat(deployment.getSpec().getStrategy().getType()).isEqualTo("Recreate");
    PodSpec pod = podSpec(DEFAULTS);
    assertThat(pod.getAutomountServiceAccountToken()).isFalse();
    assertThat(pod.getServiceAccountName()).isNull();
  }

  @Test
  void theSimulatorRunsNonRootOnAReadOnlyRootWithAWritableTmp() {
    assertThat(podSpec(DEFAULTS).getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(container(DEFAULTS).getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(volumeMountedAt(DEFAULTS, "/tmp").getEmptyDir()).isNotNull();
  }

  @Test
  void theDefaultArgumentsAreTheSimulatorsOwn() {
    assertThat(container(DEFAULTS).getArgs())
        .containsExactly("--host=0.0.0.0", "--port=8080", "--clock=realtime", "--speed=1");
    SimulatorOptions.requireAccepted(DEFAULTS);
  }

  @Test
  void theTopologyComesFromAConfigMapTheSimulatorReads() {
    RenderedChart chart =
        RenderedChart.template(
            Map.of("mode", "simulator", "simulator", Map.of("topology", TOPOLOGY)));

    ConfigMap topology = chart.one(ConfigMap.class);
    assertThat(volumeMountedAt(chart, "/etc/workload-placement/topology").getConfigMap().getName())
        .isEqualTo(topology.getMetadata().getName());
    assertThat(container(chart).getArgs())
        .contains("--topology=/etc/workload-placement/topology/topology.yaml");
    assertThat(SimulatorOptions.requireAccepted(chart).matchedOption("--topology")).isNotNull();
  }

  @Test
  void apiKeysComeFromASecretAsAnArgumentFile() {
    RenderedChart chart =
        RenderedChart.template(
            Map.of(
                "mode",
                "simulator",
                "apiKeys",
                Map.of("keys", List.of("k1:Owner", "k2:Viewer:team-a@2030-01-01T00:00:00Z"))));

    Secret secret = chart.one(Secret.class);
    assertThat(secret.getStringData())
        .containsExactly(
            Map.entry(
                "api-key-args",
                "--api-key k1:Owner\n--api-key k2:Viewer:team-a@2030-01-01T00:00:00Z\n"));
    assertThat(
            volumeMountedAt(chart, "/etc/workload-placement/api-keys").getSecret().getSecretName())
        .isEqualTo(secret.getMetadata().getName());
    assertThat(
            SimulatorOptions.requireAccepted(chart)
                .matchedOption("--api-key")
                .<List<Object>>getValue())
        .hasSize(2);
  }

  @Test
  void persistenceKeepsTheDataDirectoryOnAClaimThatOutlivesTheRelease() {
    RenderedChart chart =
        RenderedChart.template(
            Map.of(
                "mode",
                "simulator",
                "simulator",
                Map.of("persistence", Map.of("enabled", true, "size", "5Gi"))));

    PersistentVolumeClaim claim = chart.one(PersistentVolumeClaim.class);
    assertThat(claim.getSpec().getResources().getRequests().get("storage").toString())
        .isEqualTo("5Gi");
    assertThat(claim.getMetadata().getAnnotations())
        .containsEntry("helm.sh/resource-policy", "keep");
    assertThat(
            volumeMountedAt(chart, "/var/lib/workload-placement")
                .getPersistentVolumeClaim()
                .getClaimName())
        .isEqualTo(claim.getMetadata().getName());
    assertThat(
            SimulatorOptions.requireAccepted(chart)
                .matchedOptionValue("--data-dir", java.nio.file.Path.of("unset")))
        .isEqualTo(java.nio.file.Path.of("/var/lib/workload-placement"));
  }

  @Test
  void aClaimOfOnesOwnIsMountedAndNotRendered() {
    RenderedChart chart =
        RenderedChart.template(
            Map.of(
                "mode",
                "simulator",
                "simulator",
                Map.of("persistence", Map.of("enabled", true, "existingClaim", "sim-data"))));

    assertThat(chart.all(PersistentVolumeClaim.class)).isEmpty();
    assertThat(
            volumeMountedAt(chart, "/var/lib/workload-placement")
                .getPersistentVolumeClaim()
                .getClaimName())
        .isEqualTo("sim-data");
  }
}

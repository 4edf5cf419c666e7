package io.workloadplacement.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server as the chart deploys it with its defaults and with the switches that change it. */
class ServerChartTest {

  private static final RenderedChart DEFAULTS = RenderedChart.template(Map.of());

  private static Container container(RenderedChart chart) {
    return podSpec(chart).getContainers().get(0);
  }

  private static PodSpec podSpec(RenderedChart chart) {
    return chart.one(Deployment.class).getSpec().getTemplate().getSpec();
  }

  @Test
  void theDefaultsRenderTheServerWithItsAccountRightsDirectoryAndService() {
    assertThat(DEFAULTS.kinds())
        .containsExactlyInAnyOrder(
            "ServiceAccount",
            "Role",
            "RoleBinding",
            "ConfigMap",
            "Service",
            "Deployment",
            "PodDisruptionBudget");
    assertThat(DEFAULTS.documents())
        .allSatisfy(
            d -> assertThat(d.getMetadata().getNamespace()).isEqualTo("workload-placement"));
  }

  @Test
  void twoReplicasSpreadAcrossNodesAndADrainKeepsOne() {
    Deployment deployment = DEFAULTS.one(Deployment.class);
    assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
    TopologySpreadConstraint spread =
        deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints().get(0);
    assertThat(spread.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
    assertThat(spread.getMaxSkew()).isEqualTo(1);
    assertThat(spread.getWhenUnsatisfiable()).isEqualTo("DoNotSchedule");
    assertThat(spread.getLabelSelector().getMatchLabels())
        .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
    assertThat(
            DEFAULTS
                .one(io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class)
                .getSpec()
                .getMinAvailable()
                .getIntVal())
        .isEqualTo(1);
  }

  @Test
  void theServerRunsNonRootOnAReadOnlyRootWithAWritableTmp() {
    PodSpec pod = podSpec(DEFAULTS);
    Container server = container(DEFAULTS);
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
    assertThat(server.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(server.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(server.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(server.getVolumeMounts())
        .anySatisfy(
            mount -> {
              assertThat(mount.getMountPath()).isEqualTo("/tmp");
              assertThat(
                      pod.getVolumes().stream()
                          .filter(v -> v.getName().equals(mount.getName()))
                          .findFirst()
                          .orElseThrow()
                          .getEmptyDir())
                  .isNotNull();
            });
    assertThat(server.getResources().getRequests()).containsKeys("cpu", "memory");
    assertThat(server.getResources().getLimits()).containsKey("memory");
  }

  @Test
  void theControllersIdentityIsThePodsNameFromTheDownwardApi() {
    assertThat(container(DEFAULTS).getEnv())
        .anySatisfy(
            env -> {
              assertThat(env.getName()).isEqualTo("POD_NAME");
              assertThat(env.getValueFrom().getFieldRef().getFieldPath())
                  .isEqualTo("metadata.name");
            });
  }

  @Test
  void theServiceReachesThePortTheServerListensOn() {
    Service service = DEFAULTS.one(Service.class);
    Container server = container(DEFAULTS);
    assertThat(service.getSpec().getSelector())
        .isEqualTo(DEFAULTS.one(Deployment.class).getSpec().getSelector().getMatchLabels());
    String target = service.getSpec().getPorts().get(0).getTargetPort().getStrVal();
    assertThat(server.getPorts())
        .singleElement()
        .satisfies(
            port -> {
              assertThat(port.getName()).isEqualTo(target);
              assertThat(server.getArgs()).contains("--port=" + port.getContainerPort());
            });
    assertThat(server.getArgs()).contains("--host=0.0.0.0");
  }

  @Test
  void theDefaultArgumentsNameTheNamespaceTheDirectoryAndTheElectedController() {
    assertThat(container(DEFAULTS).getArgs())
        .containsExactly(
            "--host=0.0.0.0",
            "--port=8080",
            "--namespace=workload-placement",
            "--workspaces-configmap=workload-placement-workspaces",
            "--controller",
            "--leader-election",
            "--lease-name=workload-placement-controller");
    ServerOptions.requireAccepted(container(DEFAULTS).getArgs());
  }

  @Test
  void theWorkspaceDirectoryIsRenderedFromValues() {
    RenderedChart chart =
        RenderedChart.template(
            Map.of(
                "workspaces",
                Map.of("clusters", Map.of("team-a", List.of("worker-1", "worker-2")))));

    ConfigMap directory = chart.one(ConfigMap.class);
    assertThat(directory.getMetadata().getName()).isEqualTo("workload-placement-workspaces");
    assertThat(directory.getData()).containsExactly(Map.entry("team-a", "worker-1, worker-2"));
  }

  @Test
  void aDirectoryOfOnesOwnIsNamedAndNotRendered() {
    RenderedChart chart =
        RenderedChart.template(Map.of("workspaces", Map.of("existingConfigMap", "directory")));

    assertThat(chart.all(ConfigMap.class)).isEmpty();
    assertThat(container(chart).getArgs()).contains("--workspaces-configmap=directory");
  }

  @Test
  void apiKeysFromValuesBecomeASecretTheServerReads() {
    RenderedChart chart =
        RenderedChart.template(
            Map.of("apiKeys", Map.of("keys", List.of("k1:Owner", "k2:Editor:a"))));

    var secret = chart.one(io.fabric8.kubernetes.api.model.Secret.class);
    assertThat(secret.getStringData())
        .containsExactly(Map.entry("api-keys", "k1:Owner\nk2:Editor:a\n"));
    assertThat(container(chart).getArgs())
        .contains("--api-keys-secret=" + secret.getMetadata().getName());
    ServerOptions.requireAccepted(container(chart).getArgs());
  }

  @Test
  void newKeysFromValuesRollThePodsWhichReadTheSecretOnlyAtStart() {
    Map<String, String> before =
        DEFAULTS.one(Deployment.class).getSpec().getTemplate().getMetadata().getAnnotations();
    Map<String, String> after =
        RenderedChart.template(Map.of("apiKeys", Map.of("keys", List.of("k1:Owner"))))
            .one(Deployment.class)
            .getSpec()
            .getTemplate()
            .getMetadata()
            .getAnnotations();

    assertThat(after.get("checksum/api-keys"))
        .isNotBlank()
        .isNotEqualTo(before.get("checksum/api-keys"));
  }

  @Test
  void apiKeysFromASecretOfOnesOwnAreReadFromIt() {
    RenderedChart chart =
        RenderedChart.template(Map.of("apiKeys", Map.of("existingSecret", "my-keys")));

    assertThat(chart.all(io.fabric8.kubernetes.api.model.Secret.class)).isEmpty();
    assertThat(container(chart).getArgs()).contains("--api-keys-secret=my-keys");
  }

  @Test
  void withoutTheControllerTheServerOnlyServes() {
    RenderedChart chart =
        RenderedChart.template(Map.of("server", Map.of("controller", Map.of("enabled", false))));

    assertThat(container(chart).getArgs())
        .contains("--no-controller")
        .noneMatch(arg -> arg.contains("leader") || arg.contains("lease"));
  }

  @Test
  void oneReplicaMayControlWithoutAnElection() {
    RenderedChart chart =
        RenderedChart.template(
            Map.of("server", Map.of("replicas", 1, "controller", Map.of("leaderElection", false))));

    assertThat(container(chart).getArgs())
        .contains("--controller", "--no-leader-election")
        .noneMatch(arg -> arg.startsWith("--lease-name"));
    ServerOptions.requireAccepted(container(chart).getArgs());
  }

  @Test
  void twoReplicasWithoutAnElectionAreRefused() {
    assertThatThrownBy(
            () ->
                RenderedChart.template(
                    Map.of("server", Map.of("controller", Map.of("leaderElection", false)))))
        .hasMessageContaining("two controllers would drive the same placements");
  }

  @Test
  void anUnknownModeIsRefused() {
    assertThatThrownBy(() -> RenderedChart.template(Map.of("mode", "operator")))
        .hasMessageContaining("mode must be server or simulator, not \"operator\"");
  }
}

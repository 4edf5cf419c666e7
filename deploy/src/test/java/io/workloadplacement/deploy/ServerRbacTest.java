package io.workloadplacement.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.ClusterRole;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBinding;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The server's rights on the hub are exactly what it calls (README "Running on Kubernetes", RBAC
 * table), no more: nothing cluster-wide and nothing on CRDs unless {@code server.installCrd}.
 */
class ServerRbacTest {

  /** One right: an API group, a resource, the names it is limited to (empty: any), a verb. */
  record Right(String group, String resource, Set<String> names, String verb) {
    @Override
    public String toString() {
      return group + "/" + resource + (names.isEmpty() ? "" : names) + " " + verb;
    }
  }

  /**
   * What the server calls in its namespace: the store (GET, LIST, POST, PUT, DELETE) and the
   * informer on placements; an informer on the one workspace ConfigMap (fabric8's {@code
   * withName(...).inform}, a {@code metadata.name} field selector, which RBAC matches against
   * resource names); an informer on the Secrets labelled as clusters and GETs of the API keys' and
   * Helm repositories' Secrets; fabric8 7.9's LeaseLock (GET, POST, JSON merge PATCH).
   */
  static final Set<Right> SERVER_RIGHTS =
      rights(
          """
          worker.kubeslice.io workloadplacements - get list watch create update delete
          core configmaps workload-placement-workspaces list watch
          core secrets - get list watch
          coordination.k8s.io leases - create
          coordination.k8s.io leases workload-placement-controller get patch
          """);

  /** {@code server.inClusterWorker}: GpuUsage's LISTs of every Node and pod. */
  static final Set<Right> IN_CLUSTER_GPU_RIGHTS =
      rights(
          """
          core nodes - list
          core pods - list
          """);

  /** {@code --install-crd}: DefinitionInstaller's GET, create and PUT of this one definition. */
  static final Set<Right> INSTALL_CRD_RIGHTS =
      rights(
          """
          apiextensions.k8s.io customresourcedefinitions - create
          apiextensions.k8s.io customresourcedefinitions workloadplacements.worker.kubeslice.io get update
          """);

  private static Set<Right> rights(String table) {
    return table
        .lines()
        .flatMap(
            line -> {
              String[] cells = line.trim().split("\\s+");
              String group = cells[0].equals("core") ? "" : cells[0];
              Set<String> names = cells[2].equals("-") ? Set.of() : Set.of(cells[2]);
              return List.of(cells).subList(3, cells.length).stream()
                  .map(verb -> new Right(group, cells[1], names, verb));
            })
        .collect(Collectors.toSet());
  }

  static Set<Right> granted(List<PolicyRule> rules) {
    Set<Right> granted = new HashSet<>();
    for (PolicyRule rule : rules) {
      assertThat(rule.getNonResourceURLs()).isEmpty();
      for (String group : rule.getApiGroups()) {
        for (String resource : rule.getResources()) {
          for (String verb : rule.getVerbs()) {
            granted.add(new Right(group, resource, Set.copyOf(rule.getResourceNames()), verb));
          }
        }
      }
    }
    return granted;
  }

  @Test
  void theRoleGrantsExactlyWhatTheServerCalls() {
    RenderedChart chart = RenderedChart.template(Map.of());

    assertThat(granted(chart.one(Role.class).getRules()))
        .containsExactlyInAnyOrderElementsOf(SERVER_RIGHTS);
    assertThat(chart.all(ClusterRole.class)).isEmpty();
    assertThat(chart.all(ClusterRoleBinding.class)).isEmpty();
  }

  @Test
  void theRoleIsBoundToTheAccountThePodsRunAs() {
    RenderedChart chart = RenderedChart.template(Map.of());
    ServiceAccount account = chart.one(ServiceAccount.class);
    RoleBinding binding = chart.one(RoleBinding.class);
    PodSpec pod = chart.one(Deployment.class).getSpec().getTemplate().getSpec();

    assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
    assertThat(binding.getRoleRef().getName())
        .isEqualTo(chart.one(Role.class).getMetadata().getName());
    assertThat(binding.getSubjects()).singleElement().satisfies(s -> isThe(account, s));
    assertThat(pod.getServiceAccountName()).isEqualTo(account.getMetadata().getName());
  }

  @Test
  void aRenamedLeaseIsTheOneTheRoleNames() {
    RenderedChart chart =
        RenderedChart.template(
            Map.of("server", Map.of("controller", Map.of("leaseName", "placement-leader"))));

    assertThat(granted(chart.one(Role.class).getRules()))
        .contains(new Right("coordination.k8s.io", "leases", Set.of("placement-leader"), "patch"));
    assertThat(
            chart
                .one(Deployment.class)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getArgs())
        .contains("--lease-name=placement-leader");
  }

  @Test
  void withoutAnElectionThereAreNoRightsOnLeases() {
    RenderedChart noController =
        RenderedChart.template(Map.of("server", Map.of("controller", Map.of("enabled", false))));
    RenderedChart noElection =
        RenderedChart.template(
            Map.of("server", Map.of("replicas", 1, "controller", Map.of("leaderElection", false))));

    Set<Right> withoutLeases =
        SERVER_RIGHTS.stream()
            .filter(r -> !r.resource().equals("leases"))
            .collect(Collectors.toSet());
    assertThat(granted(noController.one(Role.class).getRules()))
        .containsExactlyInAnyOrderElementsOf(withoutLeases);
    assertThat(granted(noElection.one(Role.class).getRules()))
        .containsExactlyInAnyOrderElementsOf(withoutLeases);
  }

  @Test
  void installingTheCrdAddsRightsOnThatOneDefinitionOnly() {
    RenderedChart chart = RenderedChart.template(Map.of("server", Map.of("installCrd", true)));
    ClusterRole role = chart.one(ClusterRole.class);
    ClusterRoleBinding binding = chart.one(ClusterRoleBinding.class);

    assertThat(granted(role.getRules())).containsExactlyInAnyOrderElementsOf(INSTALL_CRD_RIGHTS);
    assertThat(binding.getRoleRef().getName()).isEqualTo(role.getMetadata().getName());
    assertThat(binding.getSubjects())
        .singleElement()
        .satisfies(s -> isThe(chart.one(ServiceAccount.class), s));
    assertThat(granted(chart.one(Role.class).getRules()))
        .containsExactlyInAnyOrderElementsOf(SERVER_RIGHTS);
    List<String> args =
        chart
            .one(Deployment.class)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0)
            .getArgs();
    assertThat(args).contains("--install-crd");
    ServerOptions.requireAccepted(args);
  }

  @Test
  void aDirectoryOfOnesOwnIsTheOneConfigMapTheRoleNames() {
    RenderedChart chart =
        RenderedChart.template(Map.of("workspaces", Map.of("existingConfigMap", "directory")));

    assertThat(granted(chart.one(Role.class).getRules()))
        .filteredOn(r -> r.resource().equals("configmaps"))
        .extracting(Right::names)
        .containsOnly(Set.of("directory"));
  }

  @Test
  void theClusterItRunsInAsAWorkerAddsReadingItsGpusAndTheStepsRoleYouChose() {
    RenderedChart readOnly =
        RenderedChart.template(
            Map.of("server", Map.of("inClusterWorker", Map.of("enabled", true))));
    RenderedChart withSteps =
        RenderedChart.template(
            Map.of(
                "server",
                Map.of("inClusterWorker", Map.of("enabled", true, "stepsClusterRole", "edit"))));

    assertThat(granted(readOnly.one(ClusterRole.class).getRules()))
        .containsExactlyInAnyOrderElementsOf(IN_CLUSTER_GPU_RIGHTS);
    assertThat(readOnly.one(ClusterRoleBinding.class).getSubjects())
        .singleElement()
        .satisfies(s -> isThe(readOnly.one(ServiceAccount.class), s));
    assertThat(withSteps.all(ClusterRoleBinding.class))
        .extracting(b -> b.getRoleRef().getName())
        .containsExactlyInAnyOrder(readOnly.one(ClusterRole.class).getMetadata().getName(), "edit");
    assertThat(withSteps.all(ClusterRoleBinding.class))
        .allSatisfy(
            b ->
                assertThat(b.getSubjects())
                    .singleElement()
                    .satisfies(s -> isThe(withSteps.one(ServiceAccount.class), s)));
  }

  private static void isThe(ServiceAccount account, Subject subject) {
    assertThat(subject.getKind()).isEqualTo("ServiceAccount");
    assertThat(subject.getName()).isEqualTo(account.getMetadata().getName());
    assertThat(subject.getNamespace()).isEqualTo(account.getMetadata().getNamespace());
  }
}

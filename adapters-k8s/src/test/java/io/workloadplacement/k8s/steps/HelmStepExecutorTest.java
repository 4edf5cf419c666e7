package io.workloadplacement.k8s.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.HelmFlags;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The helm step with Helm faked behind its port: what Helm is asked to do, and its failures. */
class HelmStepExecutorTest {

  private final WorkerClusters hub = new WorkerClusters("hub");
  private final WorkerClusters worker = new WorkerClusters("worker-1");
  private final FakeHelm helm = new FakeHelm();
  private final HelmStepExecutor executor = new HelmStepExecutor(hub.client(), "wp-system", helm);

  @AfterEach
  void stop() {
    hub.close();
    worker.close();
  }

  private static HelmConfig config(String repoURL, String secretRef, HelmFlags flags) {
    return new HelmConfig(
        "reviews",
        "bookinfo-reviews",
        "bookinfo",
        "bookinfo-repo",
        repoURL,
        secretRef,
        Map.of("replicaCount", 2, "image", Map.of("tag", "1.2.3")),
        "reviews",
        "0.4.1",
        flags);
  }

  @Test
  void anInstallGetsTheReleaseValuesVersionKubeconfigAndEveryFlag() {
    StepOutcome outcome =
        executor.run(
            worker.cluster,
            "p",
            config(
                "https://charts.example.com/bookinfo",
                null,
                new HelmFlags(true, true, true, true, true, "2m30s")));

    assertThat(outcome.success()).isTrue();
    assertThat(outcome.message()).contains("bookinfo-reviews deployed");
    HelmRelease release = helm.installed.get(0);
    assertThat(release.chart()).isEqualTo("bookinfo-repo/reviews");
    assertThat(release.version()).contains("0.4.1");
    assertThat(release.releaseName()).isEqualTo("bookinfo-reviews");
    assertThat(release.namespace()).isEqualTo("bookinfo");
    assertThat(release.values())
        .isEqualTo(Map.of("replicaCount", 2, "image", Map.of("tag", "1.2.3")));
    assertThat(release.kubeconfig()).isEqualTo("kubeconfig of worker-1");
    assertThat(release.repository())
        .contains(
            new HelmRelease.Repository(
                "bookinfo-repo",
                "https://charts.example.com/bookinfo",
                Optional.empty(),
                Optional.empty()));
    assertThat(release.flags())
        .isEqualTo(
            new HelmRelease.Flags(
                true, true, true, true, true, Optional.of(Duration.ofSeconds(150))));
  }

  @Test
  void withoutFlagsNoneIsSetAndAnOciRepositoryIsTheChartsPrefix() {
    executor.run(worker.cluster, "p", config("oci://registry.example.com/charts/", null, null));

    HelmRelease release = helm.installed.get(0);
    assertThat(release.chart()).isEqualTo("oci://registry.example.com/charts/reviews");
    assertThat(release.repository()).isEmpty();
    assertThat(release.flags()).isEqualTo(HelmRelease.Flags.NONE);
  }

  @Test
  void theRepositoryCredentialsComeFromTheSecretRefInTheServicesNamespace() {
    hub.client()
        .secrets()
        .inNamespace("wp-system")
        .resource(
            new SecretBuilder()
                .withNewMetadata()
                .withName("repo-creds")
                .withNamespace("wp-system")
                .endMetadata()
                .addToData("username", "cm9ib3Q=")
                .addToStringData("password", "s3cret")
                .build())
        .create();

    executor.run(worker.cluster, "p", config("https://charts.example.com", "repo-creds", null));

    HelmRelease.Repository repository = helm.installed.get(0).repository().orElseThrow();
    assertThat(repository.username()).contains("robot");
    assertThat(repository.password()).contains("s3cret");
    assertThat(repository.toString()).doesNotContain("s3cret");
  }

  @Test
  void aMissingSecretFailsTheStepWithoutRunningHelm() {
    StepOutcome outcome =
        executor.run(worker.cluster, "p", config("https://charts.example.com", "absent", null));

    assertThat(outcome.success()).isFalse();
    assertThat(outcome.reason()).isEqualTo("SecretNotFound");
    assertThat(outcome.message()).contains("\"absent\"").contains("wp-system");
    assertThat(helm.installed).isEmpty();
  }

  @Test
  void aHelmFailureFailsTheStepWithHelmsWords() {
    helm.failure = "chart \"reviews\" version \"0.4.1\" not found";

    StepOutcome outcome =
        executor.run(worker.cluster, "p", config("https://charts.example.com", null, null));

    assertThat(outcome.success()).isFalse();
    assertThat(outcome.reason()).isEqualTo(HelmStepExecutor.INSTALL_FAILED);
    assertThat(outcome.message()).contains("bookinfo-reviews").contains("not found");
  }

  @Test
  void removeUninstallsTheReleaseOnThatCluster() {
    StepOutcome outcome =
        executor.remove(worker.cluster, "p", config("https://charts.example.com", null, null));

    assertThat(outcome.success()).isTrue();
    assertThat(helm.uninstallCalls)
        .containsExactly("bookinfo-reviews in bookinfo with kubeconfig of worker-1");
  }
}

package io.workloadplacement.k8s.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What helm-java does here without a cluster: Helm's own code (the native artifact, nothing
 * downloaded) renders a local chart with the values file the runner writes, and an install against
 * an unreachable cluster fails with Helm's words instead of hanging or succeeding.
 */
class HelmJavaRunnerTest {

  private static Path chart(Path dir) {
    Helm.create().withName("demo").withDir(dir).call();
    return dir.resolve("demo");
  }

  @Test
  void theValuesFileTheRunnerWritesIsWhatHelmRenders(@TempDir Path dir) {
    Path chart = chart(dir);
    new HelmJavaRunner(); // its class init switches off helm-java's downloads

    String manifests =
        new Helm(chart)
            .template()
            .withName("demo")
            .withValuesFile(
                HelmJavaRunner.writeValues(
                    dir, Map.of("replicaCount", 7, "image", Map.of("tag", "9.9.9"))))
            .call();

    assertThat(manifests).contains("replicas: 7").contains(":9.9.9\"");
  }

  @Test
  void anInstallOnAnUnreachableClusterFailsWithHelmsWords(@TempDir Path dir) {
    String kubeconfig =
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: nowhere
          cluster:
            server: https://127.0.0.1:1
        contexts:
        - name: nowhere
          context:
            cluster: nowhere
            user: nobody
        current-context: nowhere
        users:
        - name: nobody
          user:
            token: none
        """;
    HelmRelease release =
        new HelmRelease(
            chart(dir).toString(),
            Optional.empty(),
            "demo",
            "default",
            Map.of(),
            kubeconfig,
            Optional.empty(),
            HelmRelease.Flags.NONE);

    assertThatThrownBy(() -> new HelmJavaRunner().upgradeInstall(release))
        .isInstanceOf(HelmRunner.HelmFailure.class)
        .hasMessageContaining("127.0.0.1:1");
  }
}

package io.workloadplacement.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster is found as kubectl finds it. */
class ClusterLocationTest {

  @TempDir Path home;

  private Path file(String name) throws IOException {
    Path path = home.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, "apiVersion: v1\nkind: Config\n");
  }

  private Path serviceAccount() throws IOException {
    Path directory = Files.createDirectories(home.resolve("sa"));
    Files.writeString(directory.resolve("token"), "token");
    return directory;
  }

  private static final Map<String, String> IN_A_POD = Map.of("KUBERNETES_SERVICE_HOST", "10.0.0.1");

  @Test
  void theFirstExistingFileKubeconfigListsWins() throws IOException {
    Path second = file("b.yaml");
    file(".kube/config");
    String listed = home.resolve("missing.yaml") + java.io.File.pathSeparator + second;

    assertThat(ClusterLocation.find(Map.of("KUBECONFIG", listed), home, serviceAccount()))
        .hasValueSatisfying(l -> assertThat(l).hasToString("kubeconfig " + second));
  }

  @Test
  void withoutKubeconfigTheHomeConfigIsTaken() throws IOException {
    Path own = file(".kube/config");

    assertThat(ClusterLocation.find(IN_A_POD, home, serviceAccount()))
        .hasValueSatisfying(l -> assertThat(l).hasToString("kubeconfig " + own));
  }

  @Test
  void withoutAnyKubeconfigThePodsServiceAccountIsTaken() throws IOException {
    assertThat(ClusterLocation.find(IN_A_POD, home, serviceAccount()))
        .hasValueSatisfying(l -> assertThat(l).hasToString("in-cluster service account"));
  }

  @Test
  void aKubeconfigListNamingNothingThatExistsOutsideAPodIsNoCluster() throws IOException {
    file(".kube/config");

    assertThat(
            ClusterLocation.find(
                Map.of("KUBECONFIG", home.resolve("missing").toString()), home, serviceAccount()))
        .isEmpty();
  }

  @Test
  void aServiceAccountTokenWithoutTheServiceHostIsNoCluster() throws IOException {
    assertThat(ClusterLocation.find(Map.of(), home, serviceAccount())).isEmpty();
  }
}

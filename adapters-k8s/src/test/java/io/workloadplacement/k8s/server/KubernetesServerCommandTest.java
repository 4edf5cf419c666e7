package io.workloadplacement.k8s.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.k8s.ClusterLocation;
import io.workloadplacement.k8s.Eventually;
import io.workloadplacement.rest.auth.ApiKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The executable jar's command line, run in process through picocli. */
class KubernetesServerCommandTest {

  @TempDir Path home;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> environment, String... args) {
    CommandLine line = new CommandLine(new KubernetesServerCommand(environment, home));
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return line.execute(args);
  }

  private KubernetesServerCommand parse(Map<String, String> environment, String... args) {
    KubernetesServerCommand command = new KubernetesServerCommand(environment, home);
    new CommandLine(command).parseArgs(args);
    return command;
  }

  private ClusterLocation somewhere() {
    return ClusterLocation.kubeconfig(home.resolve("kubeconfig"));
  }

  @Test
  void helpListsEveryOptionAndExitsZero() {
    assertThat(run(Map.of(), "--help")).isZero();

    assertThat(out.toString())
        .contains(
            "--host",
            "--port",
            "--namespace",
            "--workspaces-configmap",
            "--api-keys-file",
            "--api-keys-secret",
            "--allow-origin",
            "--[no-]controller",
            "--[no-]leader-election",
            "--lease-name",
            "--identity",
            "--install-crd");
  }

  @Test
  void aBadOptionIsAUsageErrorWithExitCodeTwo() {
    assertThat(run(Map.of(), "--bogus")).isEqualTo(2);
    assertThat(err.toString()).contains("--bogus");

    assertThat(run(Map.of(), "--port", "70000")).isEqualTo(2);
  }

  @Test
  void withNeitherAKubeconfigNorAServiceAccountItExitsTwoWithOneLine() {
    assertThat(run(Map.of())).isEqualTo(2);

    assertThat(err.toString().lines().toList())
        .singleElement()
        .asString()
        .contains("no Kubernetes cluster found");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aKubeconfigVariablePointingNowhereIsNoCluster() {
    assertThat(run(Map.of("KUBECONFIG", home.resolve("missing").toString()))).isEqualTo(2);

    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void theDefaultsListenEverywhereOn8080WithTheControllerBehindLeaderElection() {
    KubernetesServerSettings settings = parse(Map.of("POD_NAME", "server-0")).settings(somewhere());

    assertThat(settings.host()).isEqualTo("0.0.0.0");
    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.namespace()).isEmpty();
    assertThat(settings.workspacesConfigMap()).isEqualTo("workload-placement-workspaces");
    assertThat(settings.installDefinition()).isFalse();
    assertThat(settings.apiKeys()).isEmpty();
    assertThat(settings.apiKeysSecret()).isEmpty();
    assertThat(settings.controller())
        .isEqualTo(new ControllerSettings(true, true, "workload-placement-controller", "server-0"));
  }

  @Test
  void everyOptionIsTaken() throws IOException {
    Path keys = home.resolve("keys");
    Files.writeString(
        keys,
        """
        # operators
        k1:Owner

        k2:Editor:abc@2026-12-31T00:00:00Z
        """);

    KubernetesServerSettings settings =
        parse(
                Map.of(),
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--namespace",
                "gpu",
                "--workspaces-configmap",
                "dir",
                "--api-keys-file",
                keys.toString(),
                "--api-keys-secret",
                "more-keys",
                "--allow-origin",
                "https://ui.example",
                "--no-controller",
                "--no-leader-election",
                "--lease-name",
                "lease",
                "--identity",
                "me",
                "--install-crd")
            .settings(somewhere());

    assertThat(settings.host()).isEqualTo("127.0.0.1");
    assertThat(settings.port()).isZero();
    assertThat(settings.namespace()).contains("gpu");
    assertThat(settings.workspacesConfigMap()).isEqualTo("dir");
    assertThat(settings.apiKeys()).extracting(ApiKey::key).containsExactly("k1", "k2");
    assertThat(settings.apiKeys().get(1).workspace()).contains("abc");
    assertThat(settings.apiKeysSecret()).contains("more-keys");
    assertThat(settings.allowedOrigins()).containsExactly("https://ui.example");
    assertThat(settings.controller())
        .isEqualTo(new ControllerSettings(false, false, "lease", "me"));
    assertThat(settings.installDefinition()).isTrue();
  }

  @Test
  void aBadKeyInTheFileIsAUsageErrorNamingItsLine() throws IOException {
    Path keys = home.resolve("keys");
    Files.writeString(keys, "k1:Owner\nk2:Boss\n");

    assertThat(run(Map.of(), "--api-keys-file", keys.toString())).isEqualTo(2);

    assertThat(err.toString()).contains("line 2").doesNotContain("k2");
  }

  @Test
  void startsOnTheClusterOfTheKubeconfigAndPrintsItsUrls() {
    try (Hub hub = Hub.ready(home)) {
      KubernetesServerCommand command =
          parse(Map.of(), "--host", "127.0.0.1", "--port", "0", "--no-controller");
      try (KubernetesServer server = command.start(new PrintWriter(out, true), hub.location())) {
        Http http = new Http(server.baseUrl());
        Eventually.await(() -> http.get("/readyz").status() == 200, "ready");

        assertThat(server.namespace()).isEqualTo(Hub.NAMESPACE);
        assertThat(out.toString())
            .contains("listening on " + server.baseUrl())
            .contains(server.baseUrl() + "/api/v1/workload-placement")
            .contains("namespace " + Hub.NAMESPACE);
      }
    }
  }
}

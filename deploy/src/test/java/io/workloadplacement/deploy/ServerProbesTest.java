package io.workloadplacement.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.workloadplacement.k8s.ClusterLocation;
import io.workloadplacement.k8s.Eventually;
import io.workloadplacement.k8s.MockApiServer;
import io.workloadplacement.k8s.server.ControllerSettings;
import io.workloadplacement.k8s.server.KubernetesServer;
import io.workloadplacement.k8s.server.KubernetesServerSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Kubernetes server, started on fabric8's mock API server in the namespace and with the
 * workspace ConfigMap that the chart's arguments name, answers every probe the chart renders.
 */
class ServerProbesTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void theServerAnswersEveryProbeTheChartRenders(@TempDir Path dir) {
    Container container =
        RenderedChart.template(Map.of())
            .one(Deployment.class)
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0);
    CommandLine.ParseResult args = ServerOptions.requireAccepted(container.getArgs());
    String namespace = args.matchedOptionValue("--namespace", "");
    String directory = args.matchedOptionValue("--workspaces-configmap", "");

    try (MockApiServer hub = MockApiServer.crud()) {
      hub.client()
          .configMaps()
          .inNamespace(namespace)
          .resource(
              new ConfigMapBuilder()
                  .withNewMetadata()
                  .withName(directory)
                  .endMetadata()
                  .withData(Map.of("team-a", "worker-1"))
                  .build())
          .create();
      KubernetesServerSettings settings =
          KubernetesServerSettings.defaults(
                  ClusterLocation.kubeconfig(hub.writeKubeconfig(dir, namespace)))
              .withNamespace(namespace)
              .withWorkspacesConfigMap(directory)
              .withController(ControllerSettings.off())
              .withAddress("127.0.0.1", 0)
              .withStopTimeout(Duration.ZERO);
      try (KubernetesServer server = KubernetesServer.start(settings)) {
        for (HTTPGetAction probe : probes(container)) {
          assertThat(probe.getPort().getStrVal()).isEqualTo("http");
          String url = server.baseUrl() + probe.getPath();
          Eventually.await(() -> status(url) == 200, "GET " + probe.getPath() + " answers 200");
        }
        // the check can fail: a path the server does not serve is not 200
        assertThat(status(server.baseUrl() + "/health")).isEqualTo(404);
      }
    }
  }

  private static List<HTTPGetAction> probes(Container container) {
    return Stream.of(
            container.getLivenessProbe(),
            container.getReadinessProbe(),
            container.getStartupProbe())
        .map(probe -> probe.getHttpGet())
        .toList();
  }

  private static int status(String url) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

package io.workloadplacement.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.server.ServerSettings;
import io.workloadplacement.simulator.server.SimulatorServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The probes the chart renders ask paths the servers answer, on the port they listen on: liveness
 * {@code /healthz}, readiness {@code /readyz}. Both are routes of the REST adapter's {@code
 * PlacementApi}, which the simulator server and the Kubernetes server both mount; here a simulator
 * server answers them over HTTP.
 */
class ProbePathsTest {

  private static SimulatorServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server =
        SimulatorServer.start(
            SimulatorConfig.defaults(), ServerSettings.defaults().withAddress("127.0.0.1", 0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<HTTPGetAction> probes(Container container) {
    return Stream.of(
            container.getLivenessProbe(),
            container.getReadinessProbe(),
            container.getStartupProbe())
        .map(probe -> probe.getHttpGet())
        .toList();
  }

  private static Container container(String mode) {
    return RenderedChart.template(Map.of("mode", mode))
        .one(Deployment.class)
        .getSpec()
        .getTemplate()
        .getSpec()
        .getContainers()
        .get(0);
  }

  @Test
  void theProbesAreLivenessOnHealthzAndReadinessOnReadyz() {
    for (String mode : List.of("server", "simulator")) {
      Container container = container(mode);
      assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/healthz");
      assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/readyz");
      assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/healthz");
    }
  }

  @Test
  void everyProbeAsksTheContainersHttpPortForAPathTheServerAnswers() throws Exception {
    for (String mode : List.of("server", "simulator")) {
      Container container = container(mode);
      for (HTTPGetAction probe : probes(container)) {
        assertThat(probe.getPort().getStrVal()).isEqualTo("http");
        assertThat(container.getPorts()).anyMatch(port -> port.getName().equals("http"));
        HttpResponse<String> answer =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + probe.getPath())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("GET %s", probe.getPath()).isEqualTo(200);
      }
    }
  }

  @Test
  void aPathTheServerDoesNotServeIsNotFound() throws Exception {
    // the check above can fail: a probe on a path nobody serves gets 404
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(404);
  }
}

package io.workloadplacement.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.rest.SseClient;
import io.workloadplacement.simulator.server.HttpSim;
import io.workloadplacement.simulator.server.Json;
import io.workloadplacement.simulator.server.Reply;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics} on the simulator server: the REST adapter's and the simulator's meters. */
class MetricsOverHttpTest {

  private static final String ONE_GPU =
      """
      workspaces:
        - name: abc
          clusters:
            - name: worker-1
              gpus: 1
      """;

  @Test
  void placementsByStatusGpusPerClusterAndTheWaitingLineAreCounted() {
    try (HttpSim sim = HttpSim.withTopology(ONE_GPU)) {
      sim.create(Json.seedNamed("first"));
      sim.create(Json.seedNamed("second"));
      sim.advance("30s"); // first holds the GPU and succeeds, second waits for it

      String metrics = scrape(sim);

      assertThat(value(metrics, "workload_placements{status=\"Successful\"}")).isEqualTo(1);
      assertThat(value(metrics, "workload_placements{status=\"Queued\"}")).isEqualTo(1);
      assertThat(value(metrics, "workload_placements{status=\"Pending\"}")).isZero();
      assertThat(value(metrics, "simulator_gpu_capacity{cluster=\"worker-1\"}")).isEqualTo(1);
      assertThat(value(metrics, "simulator_gpu_in_use{cluster=\"worker-1\"}")).isEqualTo(1);
      assertThat(value(metrics, "simulator_placements_waiting_for_gpus")).isEqualTo(1);

      sim.delete(HttpSim.API + "/second");
      assertThat(value(scrape(sim), "simulator_placements_waiting_for_gpus")).isZero();
    }
  }

  @Test
  void requestsAreTimedByRouteMethodAndStatusWithAHistogram() {
    try (HttpSim sim = HttpSim.open()) {
      sim.get(HttpSim.API + "/missing");
      sim.get(HttpSim.API + "/absent");
      sim.get("/no/such/route");

      String metrics = scrape(sim);

      String missing =
          "{method=\"GET\",route=\"/api/v1/workload-placement/{name}\",status=\"404\"}";
      assertThat(value(metrics, "http_server_requests_seconds_count" + missing)).isEqualTo(2);
      String infinity =
          "{method=\"GET\",route=\"/api/v1/workload-placement/{name}\",status=\"404\",le=\"+Inf\"}";
      assertThat(value(metrics, "http_server_requests_seconds_bucket" + infinity)).isEqualTo(2);
      assertThat(metrics).contains("route=\"unrouted\",status=\"404\"");
    }
  }

  @Test
  void watchSubscribersAndSimulatedTimeBesideRealTime() throws Exception {
    try (HttpSim sim = HttpSim.open();
        SseClient watch = SseClient.subscribed(sim.watch(""))) {
      sim.advance("90s");

      String metrics = scrape(sim);

      assertThat(value(metrics, "workload_placement_watch_subscribers")).isEqualTo(1);
      assertThat(value(metrics, "simulator_clock_simulated_time_seconds"))
          .isEqualTo(HttpSim.T0.getEpochSecond() + 90);
      assertThat(value(metrics, "simulator_clock_real_time_seconds"))
          .isGreaterThan(HttpSim.T0.getEpochSecond());
      assertThat(value(metrics, "simulator_clock_speed")).isEqualTo(1);
    }
  }

  private static String scrape(HttpSim sim) {
    Reply reply = sim.get("/metrics");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.header("Content-Type")).startsWith("text/plain; version=0.0.4");
    return reply.body();
  }

  // the sample's value; label sets are written with their names in order
  private static double value(String metrics, String series) {
    Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
    assertThat(sample.find()).as("%s in%n%s", series, metrics).isTrue();
    return Double.parseDouble(sample.group(1));
  }
}

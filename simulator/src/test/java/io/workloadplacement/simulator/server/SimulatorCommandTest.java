package io.workloadplacement.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.rest.auth.ApiKey;
import io.workloadplacement.rest.auth.KeyGuessLimit;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.topology.TimingProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The executable jar's command line: its options, its errors, and the server it starts. */
class SimulatorCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void theDefaultsAreRealtimeOnLoopback8080WithTheDefaultTimings() {
    SimulatorCommand command = parse();

    SimulatorConfig config = command.config();

    assertThat(command.host).isEqualTo("127.0.0.1");
    assertThat(command.listen.port()).isEqualTo(8080);
    assertThat(config.clockMode()).isEqualTo(ClockMode.REALTIME);
    assertThat(config.speed()).isEqualTo(1.0);
    assertThat(config.seed()).isZero();
    assertThat(config.topology().open()).isTrue();
    assertThat(config.timings()).isEqualTo(TimingProfile.defaults());
  }

  @Test
  void everyOptionIsTaken() {
    SimulatorCommand command =
        parse(
            "--host",
            "0.0.0.0",
            "--port",
            "0",
            "--clock",
            "manual",
            "--speed",
            "60",
            "--seed",
            "7",
            "--admission",
            "1s",
            "--provisioning",
            "3s",
            "--command-step",
            "500ms",
            "--manifest-step",
            "0",
            "--helm-step",
            "1m",
            "--scenario",
            "demo",
            "--allow-origin",
            "http://ui.example");

    SimulatorConfig config = command.config();

    assertThat(command.host).isEqualTo("0.0.0.0");
    assertThat(config.clockMode()).isEqualTo(ClockMode.MANUAL);
    assertThat(config.speed()).isEqualTo(60.0);
    assertThat(config.seed()).isEqualTo(7);
    assertThat(config.timings())
        .isEqualTo(
            new TimingProfile(
                Duration.ofSeconds(1),
                Duration.ofSeconds(3),
                Duration.ofMillis(500),
                Duration.ZERO,
                Duration.ofMinutes(1)));
    assertThat(command.scenario).isEqualTo(SimulatorCommand.Scenario.demo);
    assertThat(command.listen.allowedOrigins()).containsExactly("http://ui.example");
  }

  @Test
  void aTopologyFileSetsWorkspacesAndTimingsAndTheCommandLineWins(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("topology.yaml");
    Files.writeString(
        file,
        """
        timings: {admission: 5s, helm: 30s}
        workspaces:
          - name: abc
            clusters: [{name: worker-1, gpus: 2}]
        """);

    SimulatorConfig config = parse("--topology", file.toString(), "--helm-step", "3s").config();

    assertThat(config.topology().open()).isFalse();
    assertThat(config.topology().hasCluster("abc", "worker-1")).isTrue();
    assertThat(config.timings().admission()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.timings().helm()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void badOptionsExitWith2AndSayWhy(@TempDir Path dir) {
    assertThat(execute("--clock", "fast")).isEqualTo(2);
    assertThat(err.toString()).contains("--clock").contains("expected realtime or manual");
    assertThat(execute("--helm-step", "soon")).isEqualTo(2);
    assertThat(execute("--port", "70000")).isEqualTo(2);
    assertThat(err.toString()).contains("--port").contains("must be 0 to 65535");
    assertThat(execute("--speed", "0")).isEqualTo(2);
    assertThat(execute("--scenario", "chaos")).isEqualTo(2);
    assertThat(execute("--topology", dir.resolve("missing.yaml").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("missing.yaml");
    assertThat(execute("--no-such-option")).isEqualTo(2);
  }

  @Test
  void apiKeysTurnAuthenticationOn() {
    SimulatorCommand command =
        parse("--api-key", "k1:Owner", "--api-key", "k2:Viewer:abc", "--api-key", "k3:editor:xyz");

    assertThat(command.auth().enabled()).isTrue();
    assertThat(command.auth().keys())
        .containsExactly(
            ApiKey.owner("k1"), ApiKey.viewer("k2", "abc"), ApiKey.editor("k3", "xyz"));
    assertThat(parse().auth().enabled()).isFalse();
  }

  @Test
  void keyGuessesAreLimitedByDefaultAndTheLimitIsAnOption() {
    assertThat(parse("--api-key", "k1:Owner").auth().guessLimit())
        .isEqualTo(new KeyGuessLimit(10, Duration.ofMinutes(1)));
    assertThat(parse("--api-key", "k1:Owner", "--key-guess-limit", "3/90s").auth().guessLimit())
        .isEqualTo(new KeyGuessLimit(3, Duration.ofSeconds(90)));
    assertThat(parse("--api-key", "k1:Owner", "--key-guess-limit", "off").auth().guessLimit())
        .isEqualTo(KeyGuessLimit.off());
  }

  @Test
  void aBadKeyGuessLimitExitsWith2AndSaysWhy() {
    assertThat(execute("--key-guess-limit", "10")).isEqualTo(2);
    assertThat(err.toString()).contains("--key-guess-limit").contains("N/DURATION");
    assertThat(execute("--key-guess-limit", "0/1m")).isEqualTo(2);
    assertThat(execute("--key-guess-limit", "ten/1m")).isEqualTo(2);
    assertThat(execute("--key-guess-limit", "10/soon")).isEqualTo(2);
    assertThat(execute("--key-guess-limit", "10/100ms")).isEqualTo(2);
  }

  @Test
  void theKeyGuessLimitOptionHoldsOverHttp() throws Exception {
    SimulatorCommand command =
        parse(
            "--port",
            "0",
            "--clock",
            "manual",
            "--api-key",
            "dev-key:Owner",
            "--key-guess-limit",
            "2/1m");
    HttpClient http = HttpClient.newHttpClient();

    try (SimulatorServer server = command.start(new PrintWriter(out))) {
      assertThat(out.toString()).contains("key guesses limited to 2 wrong keys per 1m");
      HttpRequest.Builder wrong =
          HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/auth"))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"apiKey\":\"guess\"}"));
      assertThat(send(http, wrong).statusCode()).isEqualTo(401);
      assertThat(send(http, wrong).statusCode()).isEqualTo(401);

      HttpResponse<String> refused = send(http, wrong);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).isPresent();
      assertThat(Json.read(refused.body()).path("error").path("errorKey").asText())
          .isEqualTo("TooManyRequests");
    }
  }

  @Test
  void badApiKeysExitWith2WithoutRepeatingTheKey() {
    assertThat(execute("--api-key", "s3cret:Viewer")).isEqualTo(2);
    assertThat(err.toString()).contains("--api-key").contains("needs a workspace");
    assertThat(execute("--api-key", "s3cret:Admin")).isEqualTo(2);
    assertThat(err.toString()).doesNotContain("s3cret");
  }

  @Test
  void helpListsEveryOption() {
    assertThat(execute("--help")).isZero();

    assertThat(out.toString())
        .contains(
            "--host",
            "--port",
            "--topology",
            "--clock",
            "--speed",
            "--seed",
            "--scenario",
            "--admission",
            "--provisioning",
            "--command-step",
            "--manifest-step",
            "--helm-step",
            "--key-guess-limit",
            "--help");
  }

  @Test
  void itStartsTheServerPrintsItsUrlsAndLoadsTheDemo() throws Exception {
    SimulatorCommand command = parse("--port", "0", "--clock", "manual", "--scenario", "demo");

    try (SimulatorServer server = command.start(new PrintWriter(out))) {
      String printed = out.toString();
      assertThat(printed)
          .contains("Console  " + server.baseUrl() + "/")
          .contains(server.baseUrl() + "/api/v1/workload-placement")
          .contains(server.baseUrl() + "/docs")
          .contains(server.baseUrl() + "/sim/v1")
          .contains("Metrics  " + server.baseUrl() + "/metrics")
          .contains("Loaded the demo scenario: 12 placements");
      Matcher port = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/docs").matcher(printed);
      assertThat(port.find()).isTrue();
      assertThat(Integer.parseInt(port.group(1))).isEqualTo(server.port()).isPositive();

      HttpResponse<String> list =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(server.baseUrl() + "/api/v1/workload-placement"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(list.statusCode()).isEqualTo(200);
      for (String status :
          new String[] {"Pending", "Queued", "InProgress", "Successful", "Completed", "Failed"}) {
        assertThat(list.body()).contains("\"provisioningStatus\":\"" + status + "\"");
      }
    }
  }

  @Test
  void withAnApiKeyTheApiNeedsATokenAndTheControlApiDoesNot() throws Exception {
    SimulatorCommand command =
        parse("--port", "0", "--clock", "manual", "--api-key", "dev-key:Editor:abc");
    HttpClient http = HttpClient.newHttpClient();

    try (SimulatorServer server = command.start(new PrintWriter(out))) {
      URI placements = URI.create(server.baseUrl() + "/api/v1/workload-placement");
      assertThat(out.toString()).contains("Auth     1 API key(s)");
      assertThat(send(http, HttpRequest.newBuilder(placements)).statusCode()).isEqualTo(401);

      HttpResponse<String> exchanged =
          send(
              http,
              HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/auth"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"apiKey\":\"dev-key\"}")));
      assertThat(exchanged.statusCode()).isEqualTo(200);
      String token = Json.read(exchanged.body()).path("data").path("token").asText();

      HttpRequest.Builder withToken =
          HttpRequest.newBuilder(placements).header("Authorization", "Bearer " + token);
      assertThat(send(http, withToken).statusCode()).isEqualTo(200);
      assertThat(
              send(http, HttpRequest.newBuilder(URI.create(server.baseUrl() + "/sim/v1/clock")))
                  .statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void theDataDirectoryComesFromTheOptionElseFromTheTopologyFile(@TempDir Path dir)
      throws IOException {
    Path topology = dir.resolve("topology.yaml");
    Files.writeString(
        topology, "dataDir: kept\nworkspaces:\n  - name: abc\n    clusters: [worker-1]\n");

    assertThat(parse().config().dataDir()).isEmpty();
    assertThat(parse("--topology", topology.toString()).config().dataDir())
        .contains(dir.resolve("kept").toAbsolutePath());
    assertThat(
            parse("--topology", topology.toString(), "--data-dir", "elsewhere").config().dataDir())
        .contains(Path.of("elsewhere"));
  }

  @Test
  void aServerStartedAgainOnItsDataDirectoryResumesAndSaysSo(@TempDir Path dir) {
    String data = dir.resolve("data").toString();
    try (SimulatorServer server =
        parse("--port", "0", "--clock", "manual", "--data-dir", data, "--scenario", "demo")
            .start(new PrintWriter(out))) {
      assertThat(out.toString()).contains("Loaded the demo scenario: 12 placements");
    }
    out.getBuffer().setLength(0);

    try (SimulatorServer server =
        parse("--port", "0", "--data-dir", data, "--scenario", "demo")
            .start(new PrintWriter(out))) {
      assertThat(out.toString())
          .contains("Resumed from " + data + ": 12 placements")
          .doesNotContain("Loaded the demo scenario");
      assertThat(server.simulator().clock().mode()).isEqualTo(ClockMode.MANUAL);
    }
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private SimulatorCommand parse(String... args) {
    SimulatorCommand command = new SimulatorCommand();
    commandLine(command).parseArgs(args);
    return command;
  }

  private int execute(String... args) {
    return commandLine(new SimulatorCommand()).execute(args);
  }

  private CommandLine commandLine(SimulatorCommand command) {
    return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
  }
}

package io.workloadplacement.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.clock.ClockMode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator as its own process (the test classpath, on a free loopback port, manual clock) is
 * killed with SIGKILL during a bounded storm of creates, updates and deletes from a few threads,
 * then started again on its data directory: every write answered 200 is there with its effect and
 * its ETag, a write that got no answer is there entirely or not at all, and the lifecycle carries
 * on from the kept clock.
 */
class KillDuringWriteStormTest {

  private static final String API = "/api/v1/workload-placement";
  private static final int THREADS = 4;
  private static final int MAX_PLACEMENTS_PER_THREAD = 150;
  private static final int ANSWERS_BEFORE_KILL = 80;
  private static final Duration STORM_AT_MOST = Duration.ofSeconds(10);
  private static final Duration START_AT_MOST = Duration.ofSeconds(90);

  /** A write's kind; the state it leaves is what {@link #effect} says. */
  private enum Kind {
    CREATE,
    UPDATE,
    DELETE
  }

  /** One write and, when it was answered 200, the ETag of the answer (empty for a delete). */
  private record Write(Kind kind, boolean answered, Optional<String> etag) {}

  @TempDir Path dir;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private Process child;

  @AfterEach
  void killTheChild() {
    if (child != null) {
      child.destroyForcibly();
    }
  }

  @Test
  void everyAnsweredWriteSurvivesAKillAndNoUnansweredOneIsHalfThere() throws Exception {
    String base = startChild(dir.resolve("data"));
    Instant clock =
        Instant.parse(readNow(post(base + "/sim/v1/clock/advance", "{\"duration\": \"30s\"}")));

    Map<String, List<Write>> writes = new ConcurrentHashMap<>();
    CountDownLatch answered = new CountDownLatch(ANSWERS_BEFORE_KILL);
    List<String> unexpected = new CopyOnWriteArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      Thread storm =
          new Thread(
              () -> storm(base, thread, writes, answered, unexpected, stop), "storm-" + thread);
      storm.start();
      threads.add(storm);
    }
    answered.await(STORM_AT_MOST.toSeconds(), TimeUnit.SECONDS);
    child.destroyForcibly(); // SIGKILL: no shutdown hook, no last checkpoint
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    stop.set(true);
    for (Thread storm : threads) {
      storm.join(TimeUnit.SECONDS.toMillis(30));
    }
    assertThat(unexpected).isEmpty();
    assertThat(answered.getCount()).isLessThan(ANSWERS_BEFORE_KILL);

    try (Simulator resumed =
        Simulator.start(
            SimulatorConfig.defaults()
                .withClock(ClockMode.REALTIME, 1)
                .withDataDir(dir.resolve("data")))) {
      assertThat(resumed.clock().now()).isEqualTo(clock);
      assertThat(resumed.clock().mode()).isEqualTo(ClockMode.MANUAL);
      Map<String, VersionedPlacement> stored =
          resumed.placements().list(PlacementQuery.all()).items().stream()
              .collect(Collectors.toMap(p -> p.placement().name(), Function.identity()));
      assertThat(stored.keySet()).isSubsetOf(writes.keySet());
      writes.forEach((name, history) -> assertSurvived(name, history, stored.get(name)));

      // admission is due 2 s after creation, when the clock stood at the kept time
      resumed.advance(Duration.ofMillis(1999));
      assertThat(statuses(resumed)).containsOnly(ProvisioningStatus.PENDING);
      resumed.advance(Duration.ofMillis(1));
      assertThat(statuses(resumed)).containsOnly(ProvisioningStatus.QUEUED);
    }
  }

  @Test
  void aRefusedDirectoryEndsTheProcessWithExitCode2AndOneLine() throws Exception {
    Path foreign = dir.resolve("foreign");
    Files.createDirectories(foreign);
    Files.writeString(foreign.resolve("photo.jpg"), "not ours");

    Process refused = command(foreign).start();
    assertThat(refused.waitFor(START_AT_MOST.toSeconds(), TimeUnit.SECONDS)).isTrue();

    assertThat(refused.exitValue()).isEqualTo(2);
    List<String> err = Files.readAllLines(dir.resolve("stderr.log"));
    assertThat(err)
        .singleElement()
        .asString()
        .startsWith("error: data directory ")
        .contains("it is not a simulator data directory (it holds photo.jpg)");
  }

  /** One thread's writes: each placement is created, updated, and every other one deleted. */
  private void storm(
      String base,
      int thread,
      Map<String, List<Write>> writes,
      CountDownLatch answered,
      List<String> unexpected,
      AtomicBoolean stop) {
    for (int i = 0; i < MAX_PLACEMENTS_PER_THREAD && !stop.get(); i++) {
      String name = "storm-" + thread + "-" + i;
      List<Write> history = new ArrayList<>();
      writes.put(name, history);
      List<Kind> kinds =
          i % 2 == 0
              ? List.of(Kind.CREATE, Kind.UPDATE, Kind.DELETE)
              : List.of(Kind.CREATE, Kind.UPDATE);
      for (Kind kind : kinds) {
        Optional<HttpResponse<String>> answer = send(base, name, kind);
        if (answer.isEmpty()) {
          synchronized (history) {
            history.add(new Write(kind, false, Optional.empty()));
          }
          return; // the server is gone
        }
        if (answer.get().statusCode() != 200) {
          unexpected.add(kind + " " + name + ": " + answer.get().body());
          return;
        }
        synchronized (history) {
          history.add(new Write(kind, true, answer.get().headers().firstValue("ETag")));
        }
        answered.countDown();
      }
    }
  }

  private Optional<HttpResponse<String>> send(String base, String name, Kind kind) {
    HttpRequest.Builder request =
        switch (kind) {
          case CREATE ->
              HttpRequest.newBuilder(URI.create(base + API))
                  .POST(HttpRequest.BodyPublishers.ofString(createBody(name)));
          case UPDATE ->
              HttpRequest.newBuilder(URI.create(base + API + "/" + name))
                  .PUT(HttpRequest.BodyPublishers.ofString("{\"burstDuration\": \"2h\"}"));
          case DELETE -> HttpRequest.newBuilder(URI.create(base + API + "/" + name)).DELETE();
        };
    try {
      return Optional.of(
          http.send(
              request
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(20))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      return Optional.empty(); // no answer: killed before or while answering
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * The stored placement is what the last answered write left, or what the unanswered one after it
   * would leave; when it is what the answered one left, it carries that answer's ETag.
   */
  private static void assertSurvived(String name, List<Write> history, VersionedPlacement stored) {
    List<Write> writes;
    synchronized (history) {
      writes = List.copyOf(history);
    }
    Optional<Write> lastAnswered = writes.stream().filter(Write::answered).reduce((a, b) -> b);
    Optional<Write> unanswered = writes.stream().filter(w -> !w.answered()).findFirst();
    String acked = lastAnswered.map(w -> effect(w.kind())).orElse("absent");
    String found =
        stored == null ? "absent" : stored.placement().spec().burstDuration().orElseThrow().text();
    Set<String> allowed =
        unanswered.isPresent() ? Set.of(acked, effect(unanswered.get().kind())) : Set.of(acked);
    assertThat(found).as(name + " after " + writes).isIn(allowed);
    if (found.equals(acked) && lastAnswered.flatMap(Write::etag).isPresent()) {
      assertThat("\"" + stored.version() + "\"")
          .as("ETag of " + name)
          .isEqualTo(lastAnswered.get().etag().get());
    }
  }

  private static String effect(Kind kind) {
    return switch (kind) {
      case CREATE -> "1h";
      case UPDATE -> "2h";
      case DELETE -> "absent";
    };
  }

  private static Set<ProvisioningStatus> statuses(Simulator sim) {
    return sim.placements().list(PlacementQuery.all()).items().stream()
        .map(p -> p.placement().provisioningStatus())
        .collect(Collectors.toSet());
  }

  private static String createBody(String name) {
    return """
        {"workspaceName": "abc", "name": "%s", "clusters": ["worker-1"], "burstDuration": "1h",
         "deletionPolicy": "Delete", "cmdExec": [{"name": "hello", "cmd": "kubectl version"}],
         "steps": [{"name": "hello", "type": "command"}]}"""
        .formatted(name);
  }

  /** Starts the server in a child JVM on a free port; its base URL once it says it is ready. */
  private String startChild(Path data) throws IOException, InterruptedException {
    child = command(data).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    Pattern ready = Pattern.compile("ready on (http://127\\.0\\.0\\.1:\\d+)");
    long deadline = System.nanoTime() + START_AT_MOST.toNanos();
    String line;
    while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
      Matcher m = ready.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}), "child-stdout");
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new AssertionError(
        "the child did not start: " + Files.readString(dir.resolve("stderr.log")));
  }

  private ProcessBuilder command(Path data) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-cp",
            System.getProperty("java.class.path"),
            SimulatorCommand.class.getName(),
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--clock",
            "manual",
            "--data-dir",
            data.toString())
        .redirectError(dir.resolve("stderr.log").toFile());
  }

  private String post(String url, String body) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static String readNow(String clockAnswer) {
    return Json.read(clockAnswer).path("data").path("now").asText();
  }
}

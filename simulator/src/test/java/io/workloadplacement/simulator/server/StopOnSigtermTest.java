package io.workloadplacement.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's serving loop: a real process stops cleanly on SIGTERM and says so. */
class StopOnSigtermTest {

  @TempDir Path dir;
  private Process child;

  @AfterEach
  void killTheChild() {
    if (child != null) {
      child.destroyForcibly();
    }
  }

  @Test
  void sigtermClosesTheServerAndSaysSo() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    child =
        new ProcessBuilder(
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
                "manual")
            .redirectError(dir.resolve("stderr.log").toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    String line;
    while ((line = out.readLine()) != null && !line.contains("ready on http://127.0.0.1:")) {
      lines.add(line);
    }
    assertThat(line).as("started: %s %s", lines, stderr()).isNotNull();

    // SIGTERM through the handle: Process.destroy() would also close the streams read below
    assertThat(child.toHandle().destroy()).isTrue();

    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
    List<String> after = out.lines().toList();
    assertThat(after).as(stderr()).containsSubsequence("Stopping...", "Stopped.");
    assertThat(child.exitValue()).isEqualTo(128 + 15);
  }

  private String stderr() throws IOException {
    Path log = dir.resolve("stderr.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }
}

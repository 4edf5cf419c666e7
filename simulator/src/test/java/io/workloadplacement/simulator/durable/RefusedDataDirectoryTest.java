package io.workloadplacement.simulator.durable;

import static io.workloadplacement.simulator.Sims.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.server.SimulatorCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A data directory the simulator cannot trust is refused before anything starts: one line saying
 * why, exit code 2, and the directory left exactly as it was.
 */
class RefusedDataDirectoryTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void aDirectoryHoldingOtherFilesIsNotADataDirectory() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "mine");

    assertRefused("it is not a simulator data directory (it holds notes.txt)");
  }

  @Test
  void aDirectoryWrittenInAnotherFormatVersionIsRefused() throws Exception {
    keepOnePlacement();
    sql("UPDATE meta SET value = '99' WHERE key = 'version'");

    assertRefused("it was written in state format version 99 and this simulator reads version 1");
  }

  @Test
  void aDatabaseThatIsNotOneIsRefused() throws IOException {
    Files.write(dir.resolve(SqliteStateStore.FILE), "x".repeat(8192).getBytes());

    assertRefused("is not a database");
  }

  @Test
  void aDamagedRecordIsRefusedRatherThanHalfLoaded() throws Exception {
    keepOnePlacement();
    sql("UPDATE placement SET json = '{\"placement\": 1}'");

    assertRefused("its state is damaged");
  }

  @Test
  void aDatabaseOfAnotherProgramIsRefused() throws Exception {
    sql("CREATE TABLE customers (id INTEGER)");

    assertRefused("its database is not a simulator's state (no format record)");
  }

  @Test
  void aDirectoryInUseBySimulatorIsRefused() {
    try (Simulator first = Simulator.start(config())) {
      assertThatThrownBy(() -> Simulator.start(config()))
          .isInstanceOf(DataDirectoryException.class)
          .hasMessageContaining("another simulator is using it");
      assertThat(first.placementCount()).isZero();
    }
  }

  private void assertRefused(String why) {
    try {
      Map<String, byte[]> before = contents();

      int code =
          new CommandLine(new SimulatorCommand())
              .setOut(new PrintWriter(out))
              .setErr(new PrintWriter(err))
              .execute("--port", "0", "--data-dir", dir.toString());

      assertThat(code).isEqualTo(2);
      List<String> lines = err.toString().lines().toList();
      assertThat(lines).hasSize(1);
      assertThat(lines.get(0))
          .startsWith("error: data directory " + dir.toAbsolutePath() + " refused: ")
          .contains(why);
      assertThat(out.toString()).doesNotContain("ready");
      Map<String, byte[]> after = contents();
      assertThat(after).containsOnlyKeys(before.keySet());
      before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private Map<String, byte[]> contents() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private void keepOnePlacement() {
    try (Simulator sim = Simulator.start(config())) {
      sim.placements()
          .create(
              new CreatePlacementCommand(
                  SamplePlacements.oneCommand("abc", "kept", List.of("worker-1"))));
    }
  }

  private void sql(String statement) throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStateStore.FILE));
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  private SimulatorConfig config() {
    return SimulatorConfig.defaults().withClock(ClockMode.MANUAL, 1).withStart(T0).withDataDir(dir);
  }
}

package io.workloadplacement.simulator.durable;

import static io.workloadplacement.simulator.Sims.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.simulator.Simulator;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.clock.ClockMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash in the middle of a write leaves its commit torn at the end of the write-ahead log. Cut
 * the log at many offsets inside the last commit (every byte of its first frame's header and of its
 * end, each frame boundary and a stride through the pages), or damage a byte of it: the directory
 * opens with the state of the commit before, never with an error and never half of the last one.
 */
class TornWriteTest {

  private static final String WAL = SqliteStateStore.FILE + "-wal";
  private static final int WAL_HEADER = 32;
  private static final int FRAME = 24 + 4096; // frame header + page

  @TempDir Path dir;
  @TempDir Path copies;

  @Test
  void aLogCutInsideItsLastCommitLoadsTheCommitBefore() throws IOException {
    Path live = dir.resolve("live");
    byte[] database;
    byte[] before;
    byte[] after;
    try (Simulator sim = Simulator.start(config(live))) {
      for (int i = 0; i < 5; i++) {
        create(sim, "early-" + i);
      }
      sim.advance(Duration.ofSeconds(3));
      before = Files.readAllBytes(live.resolve(WAL));
      create(sim, "last"); // one commit: its row and the world's
      database = Files.readAllBytes(live.resolve(SqliteStateStore.FILE));
      after = Files.readAllBytes(live.resolve(WAL));
    }
    // no checkpoint came between: the log only grew by the last commit
    assertThat(after.length).isGreaterThan(before.length);
    assertThat(Arrays.copyOf(after, before.length)).isEqualTo(before);
    assertThat((after.length - WAL_HEADER) % FRAME).isZero();

    KeptState previous = load(database, before, "previous");
    KeptState last = load(database, after, "last");
    assertThat(names(previous)).doesNotContain("last").contains("early-4");
    assertThat(names(last)).contains("last");

    for (int cut : offsetsInside(before.length, after.length)) {
      assertThat(load(database, Arrays.copyOf(after, cut), "cut-" + cut))
          .as("log cut at byte %d of %d", cut, after.length)
          .isEqualTo(previous);
    }
    for (int at : new int[] {before.length + 30, before.length + 2000, after.length - 100}) {
      byte[] damaged = after.clone();
      damaged[at] ^= 0x5a;
      assertThat(load(database, damaged, "flip-" + at))
          .as("byte %d damaged", at)
          .isEqualTo(previous);
    }
  }

  private static TreeSet<Integer> offsetsInside(int start, int end) {
    TreeSet<Integer> cuts = new TreeSet<>();
    for (int i = 0; i < 40; i++) {
      cuts.add(start + i);
      cuts.add(end - 1 - i);
    }
    for (int frame = start; frame < end; frame += FRAME) {
      for (int d = -2; d <= 2; d++) {
        cuts.add(frame + d);
      }
    }
    for (int at = start; at < end; at += 211) {
      cuts.add(at);
    }
    cuts.removeIf(c -> c < start || c >= end);
    return cuts;
  }

  private KeptState load(byte[] database, byte[] wal, String name) throws IOException {
    Path copy = copies.resolve(name);
    Files.createDirectories(copy);
    Files.write(copy.resolve(SqliteStateStore.FILE), database);
    Files.write(copy.resolve(WAL), wal);
    try (SqliteStateStore store = SqliteStateStore.open(copy)) {
      return store.load().orElseThrow();
    }
  }

  private static List<String> names(KeptState state) {
    List<String> names = new ArrayList<>();
    state.placements().forEach(p -> names.add(p.placement().name()));
    return names;
  }

  private static VersionedPlacement create(Simulator sim, String name) {
    return sim.placements()
        .create(
            new CreatePlacementCommand(
                SamplePlacements.oneCommand("abc", name, List.of("worker-1"))));
  }

  private static SimulatorConfig config(Path data) {
    return SimulatorConfig.defaults()
        .withClock(ClockMode.MANUAL, 1)
        .withStart(T0)
        .withDataDir(data);
  }
}

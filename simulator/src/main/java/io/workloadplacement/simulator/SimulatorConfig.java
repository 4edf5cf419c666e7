package io.workloadplacement.simulator;

import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.topology.TimingProfile;
import io.workloadplacement.simulator.topology.Topology;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * How to start a {@link Simulator}.
 *
 * @param topology workspaces, clusters and capacities
 * @param timings the effective timing profile (the topology's, with any overrides)
 * @param clockMode how simulated time moves at start
 * @param speed how fast realtime mode runs, as a multiple of real time
 * @param seed the seed of the random that decides fault probabilities
 * @param start the simulated time at start and after every reset
 * @param dataDir where the state is kept across restarts; empty to keep it in memory only
 */
public record SimulatorConfig(
    Topology topology,
    TimingProfile timings,
    ClockMode clockMode,
    double speed,
    long seed,
    Instant start,
    Optional<Path> dataDir) {

  public SimulatorConfig {
    Objects.requireNonNull(topology, "topology");
    Objects.requireNonNull(timings, "timings");
    Objects.requireNonNull(clockMode, "clockMode");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(dataDir, "dataDir");
  }

  /** A config that keeps its state in memory only. */
  public SimulatorConfig(
      Topology topology,
      TimingProfile timings,
      ClockMode clockMode,
      double speed,
      long seed,
      Instant start) {
    this(topology, timings, clockMode, speed, seed, start, Optional.empty());
  }

  /** Open topology, default timings, realtime at speed 1, seed 0, starting now. */
  public static SimulatorConfig defaults() {
    Topology open = Topology.openWorld();
    return new SimulatorConfig(
        open,
        open.timings(),
        ClockMode.REALTIME,
        1,
        0,
        Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /** This config on {@code newTopology}, taking its timings too. */
  public SimulatorConfig withTopology(Topology newTopology) {
    return new SimulatorConfig(
        newTopology, newTopology.timings(), clockMode, speed, seed, start, dataDir);
  }

  /** This config with {@code newTimings}, e.g. the topology's with CLI overrides. */
  public SimulatorConfig withTimings(TimingProfile newTimings) {
    return new SimulatorConfig(topology, newTimings, clockMode, speed, seed, start, dataDir);
  }

  /** This config with a clock in {@code mode} at {@code newSpeed}. */
  public SimulatorConfig withClock(ClockMode mode, double newSpeed) {
    return new SimulatorConfig(topology, timings, mode, newSpeed, seed, start, dataDir);
  }

  /** This config with another fault seed. */
  public SimulatorConfig withSeed(long newSeed) {
    return new SimulatorConfig(topology, timings, clockMode, speed, newSeed, start, dataDir);
  }

  /** This config keeping its state in {@code directory}. */
  public SimulatorConfig withDataDir(Path directory) {
    return new SimulatorConfig(
        topology, timings, clockMode, speed, seed, start, Optional.of(directory));
  }

  /** This config starting at {@code newStart}. */
  public SimulatorConfig withStart(Instant newStart) {
    return new SimulatorConfig(topology, timings, clockMode, speed, seed, newStart, dataDir);
  }
}

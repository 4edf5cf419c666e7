package io.workloadplacement.simulator.server;

import io.workloadplacement.domain.model.DurationText;
import io.workloadplacement.rest.auth.ApiKey;
import io.workloadplacement.rest.auth.AuthSettings;
import io.workloadplacement.rest.auth.KeyGuessLimit;
import io.workloadplacement.rest.launch.JarVersion;
import io.workloadplacement.rest.launch.ListenOptions;
import io.workloadplacement.rest.launch.ServeUntilStopped;
import io.workloadplacement.rest.launch.ServerCommandLine;
import io.workloadplacement.rest.metrics.MetricsEndpoint;
import io.workloadplacement.simulator.DemoScenario;
import io.workloadplacement.simulator.SimulatorConfig;
import io.workloadplacement.simulator.clock.ClockMode;
import io.workloadplacement.simulator.clock.Durations;
import io.workloadplacement.simulator.clock.SimulationClock;
import io.workloadplacement.simulator.durable.DataDirectoryException;
import io.workloadplacement.simulator.http.SimulatorControlApi;
import io.workloadplacement.simulator.topology.TimingProfile;
import io.workloadplacement.simulator.topology.Topology;
import io.workloadplacement.simulator.topology.TopologyException;
import io.workloadplacement.simulator.topology.TopologyLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command line of the executable jar: starts a {@link SimulatorServer}, prints its URLs, and
 * stops it gracefully on Ctrl+C or SIGTERM.
 */
@Command(
    name = "workload-placement-simulator",
    mixinStandardHelpOptions = true,
    versionProvider = SimulatorCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description =
        "Serves the Workload Placement API on an in-memory backend with simulated GPU clusters,"
            + " a controllable clock and fault injection; the control API is under /sim/v1.")
public final class SimulatorCommand implements Callable<Integer> {

  /** The one scenario so far. */
  enum Scenario {
    demo
  }

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every one).")
  String host;

  @Mixin ListenOptions listen;

  @Option(
      names = "--topology",
      paramLabel = "FILE",
      converter = TopologyConverter.class,
      description =
          "Workspaces, clusters, GPUs and timings, in YAML or JSON (default: any workspace and"
              + " cluster, 8 GPUs each).")
  Topology topology;

  @Option(
      names = "--clock",
      defaultValue = "realtime",
      converter = ClockModeConverter.class,
      paramLabel = "realtime|manual",
      description =
          "realtime: simulated time runs on its own; manual: only POST /sim/v1/clock/advance"
              + " moves it (default: ${DEFAULT-VALUE}).")
  ClockMode clock;

  @Option(
      names = "--speed",
      defaultValue = "1",
      converter = SpeedConverter.class,
      paramLabel = "N",
      description = "How many times faster than real time a realtime clock runs (default: 1).")
  double speed;

  @Option(
      names = "--seed",
      defaultValue = "0",
      paramLabel = "N",
      description = "Seed of the random that decides fault probabilities (default: 0).")
  long seed;

  @Option(
      names = "--scenario",
      paramLabel = "demo",
      description = "demo: preload placements in every status across two workspaces, for UI work.")
  Scenario scenario;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Keep the state in DIR (created when absent) and resume it at every start: every"
              + " write is durable before it is answered (default: the topology file's dataDir,"
              + " else in memory only).")
  Path dataDir;

  @Option(
      names = "--admission",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "Pending to Queued (default: the topology's, else 2s).")
  Duration admission;

  @Option(
      names = "--provisioning",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "GPUs granted to InProgress (default: the topology's, else 10s).")
  Duration provisioning;

  @Option(
      names = "--command-step",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "One command step (default: the topology's, else 2s).")
  Duration commandStep;

  @Option(
      names = "--manifest-step",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "One manifest step (default: the topology's, else 1s).")
  Duration manifestStep;

  @Option(
      names = "--helm-step",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "One helm step (default: the topology's, else 15s).")
  Duration helmStep;

  @Option(
      names = "--api-key",
      paramLabel = "KEY:ROLE[:WORKSPACE][@EXPIRY]",
      converter = ApiKeyConverter.class,
      description =
          "Turns authentication on with this API key, repeatable: KEY:Owner, KEY:Editor:WORKSPACE"
              + " or KEY:Viewer:WORKSPACE, optionally ending @2026-12-31T00:00:00Z (the key's"
              + " expiry). Clients exchange it at POST /api/v1/auth for a bearer token (default: no"
              + " authentication).")
  List<ApiKey> apiKeys = new ArrayList<>();

  @Option(
      names = "--key-guess-limit",
      paramLabel = "N/DURATION|off",
      converter = KeyGuessLimitConverter.class,
      description =
          "Wrong API keys one client address may send to POST /api/v1/auth per DURATION before"
              + " it gets 429 with Retry-After, e.g. 10/1m; off for no limit (default: 10/1m,"
              + " when --api-key is given).")
  KeyGuessLimit keyGuessLimit = KeyGuessLimit.DEFAULT;

  /** Runs the command; exits with its code unless it is serving. */
  public static void main(String[] args) {
    ServerCommandLine.run(new SimulatorCommand(), args);
  }

  /** Serves until the JVM is asked to stop; exit code 2 for a data directory it refuses. */
  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    try {
      return ServeUntilStopped.serve(() -> start(out), out, "simulator-shutdown");
    } catch (DataDirectoryException e) {
      spec.commandLine().getErr().println("error: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return CommandLine.ExitCode.USAGE;
    }
  }

  /** Starts the server these options describe and prints where it is. */
  SimulatorServer start(PrintWriter out) {
    SimulatorConfig config = config();
    AuthSettings auth = auth();
    SimulatorServer server =
        SimulatorServer.start(
            config,
            ServerSettings.defaults()
                .withAddress(host, listen.port())
                .withAllowedOrigins(listen.allowedOrigins())
                .withAuth(auth));
    try {
      if (server.simulator().resumed()) {
        out.println(
            "Resumed from "
                + config.dataDir().orElseThrow()
                + ": "
                + server.simulator().placementCount()
                + " placements; the kept clock, mode and speed are in effect.");
      } else if (scenario == Scenario.demo) {
        int loaded = DemoScenario.load(server.simulator()).size();
        out.println("Loaded the demo scenario: " + loaded + " placements.");
      }
      printReady(out, server, config, auth);
      return server;
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** The authentication these options ask for: off without {@code --api-key}. */
  AuthSettings auth() {
    try {
      return AuthSettings.of(apiKeys).withGuessLimit(keyGuessLimit);
    } catch (IllegalArgumentException e) {
      // a key given twice: a usage error like any other
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The simulator's configuration from these options. */
  SimulatorConfig config() {
    SimulatorConfig config = SimulatorConfig.defaults();
    if (topology != null) {
      config = config.withTopology(topology);
    }
    config =
        config
            .withTimings(config.timings().withAll(timingOverrides()))
            .withClock(clock, speed)
            .withSeed(seed);
    Optional<Path> directory =
        Optional.ofNullable(dataDir)
            .or(() -> Optional.ofNullable(topology).flatMap(Topology::dataDir));
    return directory.map(config::withDataDir).orElse(config);
  }

  private Map<String, Duration> timingOverrides() {
    Map<String, Duration> overrides = new LinkedHashMap<>();
    putIfSet(overrides, "admission", admission);
    putIfSet(overrides, "provisioning", provisioning);
    putIfSet(overrides, "command", commandStep);
    putIfSet(overrides, "manifest", manifestStep);
    putIfSet(overrides, "helm", helmStep);
    return overrides;
  }

  private static void putIfSet(Map<String, Duration> overrides, String key, Duration value) {
    if (value != null) {
      overrides.put(key, value);
    }
  }

  private static void printReady(
      PrintWriter out, SimulatorServer server, SimulatorConfig config, AuthSettings auth) {
    String base = server.baseUrl();
    Topology topology = config.topology();
    TimingProfile t = config.timings();
    out.println("Workload Placement simulator ready on " + base);
    out.println("  Console  " + server.consoleUrl());
    out.println("  API      " + base + "/api/v1/workload-placement");
    out.println("  Docs     " + base + "/docs");
    out.println("  Control  " + base + SimulatorControlApi.BASE);
    out.println("  Watch    " + base + "/api/v1/workload-placement/watch");
    out.println("  Metrics  " + base + MetricsEndpoint.PATH);
    out.println(
        "  Auth     "
            + (auth.enabled()
                ? auth.keys().size()
                    + " API key(s); exchange one at POST /api/v1/auth; key guesses limited to "
                    + auth.guessLimit()
                : "off"));
    out.println(
        "  Clock    "
            + config.clockMode().wireName()
            + (config.clockMode() == ClockMode.REALTIME ? " x" + config.speed() : "")
            + ", seed "
            + config.seed()
            + "; timings admission "
            + DurationText.format(t.admission())
            + ", provisioning "
            + DurationText.format(t.provisioning())
            + ", command "
            + DurationText.format(t.command())
            + ", manifest "
            + DurationText.format(t.manifest())
            + ", helm "
            + DurationText.format(t.helm()));
    out.println(
        "  Topology "
            + (topology.open()
                ? "open (any workspace and cluster, " + topology.defaultGpus() + " GPUs each)"
                : topology.workspaces().size()
                    + " workspaces, "
                    + topology.gpus().size()
                    + " clusters"));
    out.println("Press Ctrl+C to stop.");
    out.flush();
  }

  /** Parses {@code realtime} or {@code manual}. */
  static final class ClockModeConverter implements ITypeConverter<ClockMode> {
    @Override
    public ClockMode convert(String value) {
      return ClockMode.fromWireName(value)
          .orElseThrow(
              () -> new CommandLine.TypeConversionException("expected realtime or manual"));
    }
  }

  /** Parses a speed: above 0, at most the clock's maximum. */
  static final class SpeedConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double speed;
      try {
        speed = Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("not a number");
      }
      if (!(speed > 0) || speed > SimulationClock.MAX_SPEED) {
        throw new CommandLine.TypeConversionException(
            "must be greater than 0 and at most " + (long) SimulationClock.MAX_SPEED);
      }
      return speed;
    }
  }

  /** Reads a topology file, so that a bad one is a usage error before anything starts. */
  static final class TopologyConverter implements ITypeConverter<Topology> {
    @Override
    public Topology convert(String value) {
      try {
        return TopologyLoader.load(Path.of(value));
      } catch (TopologyException | java.nio.file.InvalidPathException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Parses {@code KEY:Owner}, {@code KEY:Editor:WORKSPACE} or {@code KEY:Viewer:WORKSPACE}. */
  static final class ApiKeyConverter implements ITypeConverter<ApiKey> {
    @Override
    public ApiKey convert(String value) {
      try {
        return ApiKey.parse(value);
      } catch (IllegalArgumentException e) {
        // the message never repeats the key
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Parses {@code 90s}, {@code 1m30s}, {@code 500ms}, {@code 0} or ISO 8601. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return Durations.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Parses {@code N/DURATION} (wrong keys per window, such as {@code 10/1m}) or {@code off}. */
  static final class KeyGuessLimitConverter implements ITypeConverter<KeyGuessLimit> {
    @Override
    public KeyGuessLimit convert(String value) {
      if (value.equals("off")) {
        return KeyGuessLimit.off();
      }
      int slash = value.indexOf('/');
      try {
        if (slash < 0) {
          throw new IllegalArgumentException("expected N/DURATION, such as 10/1m, or off");
        }
        int max = Integer.parseInt(value.substring(0, slash));
        if (max < 1) {
          throw new IllegalArgumentException("N must be at least 1 (off turns the limit off)");
        }
        return new KeyGuessLimit(max, Durations.parse(value.substring(slash + 1)));
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException(
            "expected N/DURATION with a whole number N, such as 10/1m, or off");
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** The version in the jar's manifest, when there is one. */
  static final class Version extends JarVersion {
    Version() {
      super("workload-placement-simulator");
    }
  }
}

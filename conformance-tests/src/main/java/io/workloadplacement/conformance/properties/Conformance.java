package io.workloadplacement.conformance.properties;

import static io.workloadplacement.conformance.model.ContractTexts.BASE;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.conformance.kit.PropertyConfig;
import io.workloadplacement.conformance.kit.PropertyResult;
import io.workloadplacement.conformance.kit.PropertyRunner;
import io.workloadplacement.conformance.kit.SkipException;
import io.workloadplacement.conformance.model.Json;
import io.workloadplacement.conformance.sut.ApiTarget;
import io.workloadplacement.conformance.sut.Response;
import io.workloadplacement.conformance.sut.SimulatorControl;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Runs the properties against one target: every try and every replay of shrinking executes its
 * sequence under a fresh name prefix with a fresh model, then deletes what it created.
 */
public final class Conformance {

  private final ApiTarget target;
  private final TargetCapabilities caps;
  private final PropertyConfig config;
  private final AtomicInteger executions = new AtomicInteger();

  public Conformance(ApiTarget target, TargetCapabilities caps, PropertyConfig config) {
    this.target = target;
    this.caps = caps;
    this.config = config;
  }

  public TargetCapabilities capabilities() {
    return caps;
  }

  /**
   * Runs {@code property}; skipped when it needs the control API or the watch and the target has
   * neither.
   */
  public PropertyResult run(ConformanceProperty property) {
    Optional<SimulatorControl> control = target.control();
    if (property.needsControl() && control.isEmpty()) {
      return new PropertyResult.Skipped(
          property.id(), "needs the simulator's control API, which this target does not offer");
    }
    if (property.watches() && !caps.watch()) {
      return new PropertyResult.Skipped(
          property.id(), "needs the watch stream, which this target does not offer");
    }
    int maxActions = Math.min(config.maxActions(), property.maxActions());
    PropertyConfig budget = config;
    if (property.polls() && control.isEmpty()) {
      // every try may poll for up to pollTimeout: a few tries, a short shrink
      budget =
          new PropertyConfig(
              Math.min(config.tries(), 3),
              config.seed(),
              maxActions,
              Math.min(config.maxShrinks(), 20));
    }
    return new PropertyRunner(budget)
        .run(
            property.id(),
            property.sequences().create(caps, control.isPresent(), maxActions),
            actions -> execute(actions, property.watches()),
            Conformance::describe);
  }

  /** Executes one sequence against the target and a fresh model, watching it if asked. */
  void execute(List<Action> actions, boolean watch) {
    Optional<SimulatorControl> control = target.control();
    if (control.isPresent() && !caps.remote()) {
      Response reset = control.get().reset();
      if (reset.status() / 100 != 2) {
        throw new SkipException("POST /sim/v1/reset answered " + reset.status());
      }
    }
    String prefix = caps.runPrefix() + "-" + executions.incrementAndGet() + "-";
    SequenceRun run = new SequenceRun(new Client(target), caps, control, prefix);
    WatchObserver watcher = watch ? WatchObserver.open(target, run) : null;
    try {
      for (Action action : actions) {
        action.run(run);
        run.model().tick();
      }
      if (watcher != null) {
        watcher.verify();
      }
    } finally {
      if (watcher != null) {
        watcher.close();
      }
      // a shared simulator keeps rules until reset: leave none of this execution's behind
      if (control.isPresent() && caps.remote()) {
        control.get().clearFaults();
      }
      // best effort: a Successful or Completed placement cannot be deleted, by contract
      run.model()
          .placements()
          .keySet()
          .forEach(name -> target.send("DELETE", BASE + "/" + name, null, Map.of()));
    }
  }

  /**
   * Deletes every placement named with the run prefix that can still be deleted; returns the names
   * left behind. For remote targets, at the end of the run.
   */
  public List<String> sweep() {
    List<String> left = new java.util.ArrayList<>();
    String token = "";
    do {
      String path =
          BASE
              + "?limit=100"
              + (token.isEmpty()
                  ? ""
                  : "&continue=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
      Response response = target.send("GET", path, null, Map.of());
      if (response.status() != 200) {
        return left;
      }
      JsonNode envelope = Json.parse(response.body());
      for (JsonNode item : envelope.path("data")) {
        String name = item.path("name").asText("");
        if (name.startsWith(caps.runPrefix() + "-")
            && target.send("DELETE", BASE + "/" + name, null, Map.of()).status() != 200) {
          left.add(name);
        }
      }
      token = envelope.path("metadata").path("continue").asText("");
    } while (!token.isEmpty());
    return left;
  }

  private static String describe(List<Action> actions) {
    return IntStream.range(0, actions.size())
        .mapToObj(i -> (i + 1) + ". " + actions.get(i))
        .collect(Collectors.joining("\n"));
  }
}

package io.workloadplacement.simulator.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.simulator.clock.ClockState;
import io.workloadplacement.simulator.cluster.ClusterView;
import io.workloadplacement.simulator.cluster.CommandLogEntry;
import io.workloadplacement.simulator.cluster.HelmRelease;
import io.workloadplacement.simulator.cluster.ManifestObject;
import io.workloadplacement.simulator.cluster.NamespaceView;
import io.workloadplacement.simulator.fault.FaultRuleSpec;
import io.workloadplacement.simulator.fault.FaultRuleState;
import io.workloadplacement.simulator.timeline.NextTransition;
import io.workloadplacement.simulator.timeline.Timeline;
import io.workloadplacement.simulator.timeline.TimelineEntry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The control API's JSON: view records of the simulator's snapshots, which the shared mapper writes
 * in declaration order without Java-time or Optional support. Times are ISO 8601 UTC instants to
 * the millisecond; simulated time can have fractions of a second (an advance by {@code 500ms}, a
 * realtime clock), which they then show. A missing value is a JSON null unless marked otherwise.
 */
final class ControlViews {

  private ControlViews() {}

  static Clock clock(ClockState state) {
    return new Clock(text(state.now()), state.mode().wireName(), state.speed());
  }

  static Cluster cluster(ClusterView cluster) {
    return new Cluster(
        cluster.name(),
        cluster.workspaces(),
        cluster.gpuCapacity(),
        cluster.gpusInUse(),
        cluster.gpusFree(),
        cluster.gpuHolders(),
        cluster.namespaces().stream().map(Namespace::of).toList(),
        cluster.helmReleases().stream().map(Release::of).toList(),
        cluster.manifests().stream().map(Manifest::of).toList(),
        cluster.commandLog().stream().map(Command::of).toList());
  }

  static TimelineView timeline(Timeline timeline) {
    return new TimelineView(
        timeline.entries().stream().map(Entry::of).toList(),
        timeline.next().map(Next::of).orElse(null),
        timeline.waitingForGpusOn());
  }

  /** The rules as {@code PUT /sim/v1/faults} takes them, with their counters beside. */
  static Faults faults(List<FaultRuleState> rules) {
    return new Faults(rules.stream().map(Fault::of).toList());
  }

  record Clock(String now, String mode, double speed) {}

  record Cluster(
      String name,
      List<String> workspaces,
      int gpuCapacity,
      int gpusInUse,
      int gpusFree,
      List<String> gpuHolders,
      List<Namespace> namespaces,
      List<Release> helmReleases,
      List<Manifest> manifests,
      List<Command> commandLog) {}

  record Namespace(String name, List<String> owners) {
    static Namespace of(NamespaceView namespace) {
      return new Namespace(namespace.name(), namespace.owners());
    }
  }

  record Release(
      String name,
      String namespace,
      String chart,
      String version,
      String repoName,
      String repoURL,
      Map<String, Object> values,
      int revision,
      String owner,
      String deployedAt) {
    static Release of(HelmRelease release) {
      return new Release(
          release.name(),
          release.namespace(),
          release.chart(),
          release.version().orElse(null),
          release.repoName(),
          release.repoURL(),
          release.values(),
          release.revision(),
          release.owner(),
          text(release.deployedAt()));
    }
  }

  record Manifest(
      String apiVersion,
      String kind,
      String namespace,
      String name,
      Map<String, Object> data,
      String owner,
      String appliedAt) {
    static Manifest of(ManifestObject object) {
      return new Manifest(
          object.apiVersion(),
          object.kind(),
          object.namespace().orElse(null),
          object.name(),
          object.data(),
          object.owner(),
          text(object.appliedAt()));
    }
  }

  record Command(String at, String placement, String step, String cmd) {
    static Command of(CommandLogEntry entry) {
      return new Command(text(entry.at()), entry.placement(), entry.step(), entry.cmd());
    }
  }

  record TimelineView(List<Entry> entries, Next next, List<String> waitingForGpusOn) {}

  record Entry(String at, String kind, String from, String to, String message) {
    static Entry of(TimelineEntry entry) {
      return new Entry(
          text(entry.at()),
          entry.kind().name(),
          entry.from().map(ProvisioningStatus::wireName).orElse(null),
          entry.to().map(ProvisioningStatus::wireName).orElse(null),
          entry.message());
    }
  }

  record Next(String due, String description) {
    static Next of(NextTransition next) {
      return new Next(text(next.due()), next.description());
    }
  }

  record Faults(List<Fault> rules) {}

  /** A rule as PUT takes it (parts not set left out), with its counters. */
  record Fault(
      Match match,
      Effect effect,
      @JsonInclude(JsonInclude.Include.NON_NULL) Double probability,
      @JsonInclude(JsonInclude.Include.NON_NULL) Integer times,
      int fired,
      Integer remaining) {
    static Fault of(FaultRuleState state) {
      FaultRuleSpec spec = FaultRuleSpec.from(state.rule());
      return new Fault(
          Match.of(spec.match()),
          Effect.of(spec.effect()),
          spec.probability(),
          spec.times(),
          state.fired(),
          state.remaining().isPresent() ? state.remaining().getAsInt() : null);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Match(
      String placement, String cluster, String stepType, String stepName, String operation) {
    static Match of(FaultRuleSpec.Match match) {
      return new Match(
          match.placement(),
          match.cluster(),
          match.stepType(),
          match.stepName(),
          match.operation());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Effect(String type, String reason, String message, Integer status, String latency) {
    static Effect of(FaultRuleSpec.Effect effect) {
      return new Effect(
          effect.type(), effect.reason(), effect.message(), effect.status(), effect.latency());
    }
  }

  // a realtime clock has nanoseconds nobody wants to read
  private static String text(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}

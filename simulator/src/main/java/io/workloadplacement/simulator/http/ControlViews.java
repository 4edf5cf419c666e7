package io.workloadplacement.simulator.http;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The control API's JSON: the simulator's snapshots as plain maps, so that the shared mapper writes
 * them without Java-time or Optional support, and keys keep a readable order. Times are ISO 8601
 * UTC instants to the millisecond; simulated time can have fractions of a second (an advance by
 * {@code 500ms}, a realtime clock), which they then show.
 */
final class ControlViews {

  private ControlViews() {}

  static Map<String, Object> clock(ClockState state) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("now", text(state.now()));
    view.put("mode", state.mode().wireName());
    view.put("speed", state.speed());
    return view;
  }

  static Map<String, Object> cluster(ClusterView cluster) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", cluster.name());
    view.put("workspaces", cluster.workspaces());
    view.put("gpuCapacity", cluster.gpuCapacity());
    view.put("gpusInUse", cluster.gpusInUse());
    view.put("gpusFree", cluster.gpusFree());
    view.put("gpuHolders", cluster.gpuHolders());
    view.put("namespaces", cluster.namespaces().stream().map(ControlViews::namespace).toList());
    view.put("helmReleases", cluster.helmReleases().stream().map(ControlViews::release).toList());
    view.put("manifests", cluster.manifests().stream().map(ControlViews::manifest).toList());
    view.put("commandLog", cluster.commandLog().stream().map(ControlViews::command).toList());
    return view;
  }

  static Map<String, Object> timeline(Timeline timeline) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("entries", timeline.entries().stream().map(ControlViews::entry).toList());
    view.put("next", timeline.next().map(ControlViews::next).orElse(null));
    view.put("waitingForGpusOn", timeline.waitingForGpusOn());
    return view;
  }

  /** The rules as {@code PUT /sim/v1/faults} takes them, with their counters beside. */
  static Map<String, Object> faults(List<FaultRuleState> rules) {
    return Map.of("rules", rules.stream().map(ControlViews::fault).toList());
  }

  private static Map<String, Object> fault(FaultRuleState state) {
    FaultRuleSpec spec = FaultRuleSpec.from(state.rule());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("match", withoutNulls(spec.match()));
    view.put("effect", withoutNulls(spec.effect()));
    putIfPresent(view, "probability", spec.probability());
    putIfPresent(view, "times", spec.times());
    view.put("fired", state.fired());
    view.put(
        "remaining", state.remaining().isPresent() ? state.remaining().getAsInt() : (Object) null);
    return view;
  }

  private static Map<String, Object> withoutNulls(FaultRuleSpec.Match match) {
    Map<String, Object> view = new LinkedHashMap<>();
    putIfPresent(view, "placement", match.placement());
    putIfPresent(view, "cluster", match.cluster());
    putIfPresent(view, "stepType", match.stepType());
    putIfPresent(view, "stepName", match.stepName());
    putIfPresent(view, "operation", match.operation());
    return view;
  }

  private static Map<String, Object> withoutNulls(FaultRuleSpec.Effect effect) {
    Map<String, Object> view = new LinkedHashMap<>();
    putIfPresent(view, "type", effect.type());
    putIfPresent(view, "reason", effect.reason());
    putIfPresent(view, "message", effect.message());
    putIfPresent(view, "status", effect.status());
    putIfPresent(view, "latency", effect.latency());
    return view;
  }

  private static Map<String, Object> entry(TimelineEntry entry) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("at", text(entry.at()));
    view.put("kind", entry.kind().name());
    view.put("from", entry.from().map(ProvisioningStatus::wireName).orElse(null));
    view.put("to", entry.to().map(ProvisioningStatus::wireName).orElse(null));
    view.put("message", entry.message());
    return view;
  }

  private static Map<String, Object> next(NextTransition next) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("due", text(next.due()));
    view.put("description", next.description());
    return view;
  }

  private static Map<String, Object> namespace(NamespaceView namespace) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", namespace.name());
    view.put("owners", namespace.owners());
    return view;
  }

  private static Map<String, Object> release(HelmRelease release) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", release.name());
    view.put("namespace", release.namespace());
    view.put("chart", release.chart());
    view.put("version", release.version().orElse(null));
    view.put("repoName", release.repoName());
    view.put("repoURL", release.repoURL());
    view.put("values", release.values());
    view.put("revision", release.revision());
    view.put("owner", release.owner());
    view.put("deployedAt", text(release.deployedAt()));
    return view;
  }

  private static Map<String, Object> manifest(ManifestObject object) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("apiVersion", object.apiVersion());
    view.put("kind", object.kind());
    view.put("namespace", object.namespace().orElse(null));
    view.put("name", object.name());
    view.put("data", object.data());
    view.put("owner", object.owner());
    view.put("appliedAt", text(object.appliedAt()));
    return view;
  }

  private static Map<String, Object> command(CommandLogEntry entry) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("at", text(entry.at()));
    view.put("placement", entry.placement());
    view.put("step", entry.step());
    view.put("cmd", entry.cmd());
    return view;
  }

  private static void putIfPresent(Map<String, Object> view, String key, Object value) {
    Optional.ofNullable(value).ifPresent(v -> view.put(key, v));
  }

  // a realtime clock has nanoseconds nobody wants to read
  private static String text(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}

package io.workloadplacement.rest.placement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.workloadplacement.domain.model.ClusterPlacementDecision;
import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.Condition;
import io.workloadplacement.domain.model.DurationText;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.HelmFlags;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.Step;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import java.util.List;
import java.util.Map;

/**
 * A placement as GET and LIST show it (section 2 of the contract): the request fields as stored
 * without {@code secretRef}, then {@code status}, {@code createdAt} and, once a client changed it,
 * {@code updatedAt}. Absent optional values are omitted rather than written as null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "name",
  "workspaceName",
  "clusters",
  "burstDuration",
  "deletionPolicy",
  "helmConfigs",
  "manifestResources",
  "cmdExec",
  "steps",
  "status",
  "createdAt",
  "updatedAt"
})
record PlacementView(
    String name,
    String workspaceName,
    List<String> clusters,
    String burstDuration,
    String deletionPolicy,
    List<HelmConfigView> helmConfigs,
    List<ManifestView> manifestResources,
    List<CommandView> cmdExec,
    List<StepView> steps,
    StatusView status,
    String createdAt,
    String updatedAt) {

  /** The view of {@code placement}; LIST leaves out {@code manifestResources[].data}. */
  static PlacementView from(WorkloadPlacement placement, boolean withManifestData) {
    WorkloadPlacementSpec spec = placement.spec();
    return new PlacementView(
        spec.name(),
        spec.workspaceName(),
        spec.clusters(),
        spec.burstDuration().text(),
        spec.deletionPolicy().wireName(),
        spec.helmConfigs().stream().map(HelmConfigView::from).toList(),
        spec.manifestResources().stream().map(m -> ManifestView.from(m, withManifestData)).toList(),
        spec.cmdExec().stream().map(CommandView::from).toList(),
        spec.steps().stream().map(StepView::from).toList(),
        StatusView.from(placement.status()),
        Timestamps.format(placement.createdAt()),
        Timestamps.format(placement.updatedAt()));
  }

  /** A helm config without its write-only secretRef. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "chart",
    "releaseName",
    "releaseNamespace",
    "repoName",
    "repoURL",
    "values",
    "name",
    "version",
    "helmFlags"
  })
  record HelmConfigView(
      String name,
      String chart,
      String version,
      String releaseName,
      String releaseNamespace,
      String repoName,
      String repoURL,
      Map<String, Object> values,
      HelmFlagsView helmFlags) {

    static HelmConfigView from(HelmConfig c) {
      return new HelmConfigView(
          c.name(),
          c.chart(),
          c.version(),
          c.releaseName(),
          c.releaseNamespace(),
          c.repoName(),
          c.repoURL(),
          c.values(),
          c.helmFlags() == null ? null : HelmFlagsView.from(c.helmFlags()));
    }
  }

  /** The CRD's helm flags; {@code wait} on the wire. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"atomic", "cleanupOnFail", "createNamespace", "skipCRDs", "wait", "timeout"})
  record HelmFlagsView(
      Boolean atomic,
      Boolean cleanupOnFail,
      Boolean createNamespace,
      @JsonProperty("skipCRDs") Boolean skipCRDs,
      @JsonProperty("wait") Boolean waitReady,
      String timeout) {

    static HelmFlagsView from(HelmFlags f) {
      return new HelmFlagsView(
          f.atomic(),
          f.cleanupOnFail(),
          f.createNamespace(),
          f.skipCRDs(),
          f.waitReady(),
          f.timeout());
    }
  }

  /** A manifest, with or without its data. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "namespace", "apiVersion", "kind", "data"})
  record ManifestView(
      String name, String namespace, String apiVersion, String kind, Map<String, Object> data) {

    static ManifestView from(ManifestResource m, boolean withData) {
      return new ManifestView(
          m.name(), m.namespace(), m.apiVersion(), m.kind(), withData ? m.data() : null);
    }
  }

  /** A command. */
  @JsonPropertyOrder({"name", "cmd"})
  record CommandView(String name, String cmd) {
    static CommandView from(CommandExecution c) {
      return new CommandView(c.name(), c.cmd());
    }
  }

  /** A step. */
  @JsonPropertyOrder({"name", "type"})
  record StepView(String name, String type) {
    static StepView from(Step s) {
      return new StepView(s.name(), s.type().wireName());
    }
  }

  /** The observed state; {@code clusterPlacementDecisions} is omitted until there are any. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "provisioningStatus",
    "phase",
    "message",
    "conditions",
    "clusterPlacementDecisions",
    "lastUpdated"
  })
  record StatusView(
      String provisioningStatus,
      String phase,
      String message,
      List<ConditionView> conditions,
      List<DecisionView> clusterPlacementDecisions,
      String lastUpdated) {

    static StatusView from(PlacementStatus s) {
      List<DecisionView> decisions =
          s.clusterPlacementDecisions().stream().map(DecisionView::from).toList();
      return new StatusView(
          s.provisioningStatus().wireName(),
          s.phase().wireName(),
          s.message(),
          s.conditions().stream().map(ConditionView::from).toList(),
          decisions.isEmpty() ? null : decisions,
          Timestamps.format(s.lastUpdated()));
    }
  }

  /** A Kubernetes condition. */
  @JsonPropertyOrder({"type", "status", "reason", "message", "lastTransitionTime"})
  record ConditionView(
      String type, String status, String reason, String message, String lastTransitionTime) {
    static ConditionView from(Condition c) {
      return new ConditionView(
          c.type(),
          c.status().wireName(),
          c.reason(),
          c.message(),
          Timestamps.format(c.lastTransitionTime()));
    }
  }

  /** How the placement is going on one cluster (CRD). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "clusterName",
    "phase",
    "currentStep",
    "startTime",
    "completionTime",
    "stepResults"
  })
  record DecisionView(
      String clusterName,
      String phase,
      String currentStep,
      String startTime,
      String completionTime,
      List<StepResultView> stepResults) {
    static DecisionView from(ClusterPlacementDecision d) {
      return new DecisionView(
          d.clusterName(),
          d.phase().wireName(),
          d.currentStep(),
          Timestamps.format(d.startTime()),
          Timestamps.format(d.completionTime()),
          d.stepResults().stream().map(StepResultView::from).toList());
    }
  }

  /** The outcome of one step on one cluster; {@code duration} in Go's notation. */
  @JsonPropertyOrder({"name", "type", "success", "duration", "message"})
  record StepResultView(
      String name, String type, boolean success, String duration, String message) {
    static StepResultView from(StepResult r) {
      return new StepResultView(
          r.name(),
          r.type().wireName(),
          r.success(),
          DurationText.format(r.duration()),
          r.message());
    }
  }
}

package io.workloadplacement.rest.placement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.workloadplacement.domain.model.BurstDuration;
import io.workloadplacement.domain.model.ClusterPlacementDecision;
import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.Condition;
import io.workloadplacement.domain.model.DurationText;
import io.workloadplacement.domain.model.GprDetails;
import io.workloadplacement.domain.model.GprStatus;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.HelmFlags;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.Step;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A placement as GET and LIST show it (section 2 of the contract): the request fields as stored
 * without {@code secretRef}, then {@code status}, {@code createdAt} and, once a client changed it,
 * {@code updatedAt}. Absent optional values are omitted rather than written as null. The SDK's
 * revision (contract section 7) adds {@code clusterNames} (the same list as {@code clusters}) and
 * its fields when set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "name",
  "workspaceName",
  "clusters",
  "clusterNames",
  "burstDuration",
  "deletionPolicy",
  "helmConfigs",
  "manifestResources",
  "cmdExec",
  "steps",
  "numPlacements",
  "workloadTemplateName",
  "serviceAccountName",
  "enableBurst",
  "enableEGS",
  "gprDetails",
  "status",
  "createdAt",
  "updatedAt"
})
record PlacementView(
    String name,
    String workspaceName,
    List<String> clusters,
    List<String> clusterNames,
    String burstDuration,
    String deletionPolicy,
    List<HelmConfigView> helmConfigs,
    List<ManifestView> manifestResources,
    List<CommandView> cmdExec,
    List<StepView> steps,
    Integer numPlacements,
    String workloadTemplateName,
    String serviceAccountName,
    Boolean enableBurst,
    @JsonProperty("enableEGS") Boolean enableEGS,
    GprDetailsView gprDetails,
    StatusView status,
    String createdAt,
    String updatedAt) {

  /**
   * The view of {@code placement}; LIST leaves out {@code manifestResources[].data} and keeps only
   * {@code apiVersion}, {@code kind} and {@code metadata} of a whole-object {@code manifest}.
   */
  static PlacementView from(WorkloadPlacement placement, boolean withManifestData) {
    WorkloadPlacementSpec spec = placement.spec();
    return new PlacementView(
        spec.name(),
        spec.workspaceName(),
        spec.clusters(),
        spec.clusters(),
        spec.burstDuration().map(BurstDuration::text).orElse(null),
        spec.deletionPolicy().wireName(),
        spec.helmConfigs().stream().map(HelmConfigView::from).toList(),
        spec.manifestResources().stream().map(m -> ManifestView.from(m, withManifestData)).toList(),
        spec.cmdExec().stream().map(CommandView::from).toList(),
        spec.steps().stream().map(StepView::from).toList(),
        spec.numPlacements(),
        spec.workloadTemplateName(),
        spec.serviceAccountName(),
        spec.enableBurst(),
        spec.enableEGS(),
        spec.gprDetails() == null ? null : GprDetailsView.from(spec.gprDetails()),
        StatusView.from(placement),
        Timestamps.format(placement.createdAt()),
        Timestamps.format(placement.updatedAt()));
  }

  /** The GPU provision request as sent. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "memoryPerGpu",
    "enableAutoGpuSelection",
    "numberOfGPUs",
    "numberOfGPUNodes",
    "instanceType",
    "gpuShape",
    "exitDuration",
    "priority"
  })
  record GprDetailsView(
      Integer memoryPerGpu,
      Boolean enableAutoGpuSelection,
      @JsonProperty("numberOfGPUs") Integer numberOfGPUs,
      @JsonProperty("numberOfGPUNodes") Integer numberOfGPUNodes,
      String instanceType,
      String gpuShape,
      String exitDuration,
      Integer priority) {
    static GprDetailsView from(GprDetails g) {
      return new GprDetailsView(
          g.memoryPerGpu(),
          g.enableAutoGpuSelection(),
          g.numberOfGPUs(),
          g.numberOfGPUNodes(),
          g.instanceType(),
          g.gpuShape(),
          g.exitDuration(),
          g.priority());
    }
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

  /** A manifest in the shape it was sent, with or without its content. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "namespace", "apiVersion", "kind", "data", "manifest"})
  record ManifestView(
      String name,
      String namespace,
      String apiVersion,
      String kind,
      Map<String, Object> data,
      Map<String, Object> manifest) {

    private static final List<String> LISTED_MANIFEST_KEYS =
        List.of("apiVersion", "kind", "metadata");

    static ManifestView from(ManifestResource m, boolean withData) {
      return new ManifestView(
          m.name(),
          m.namespace(),
          m.apiVersion(),
          m.kind(),
          withData ? m.data() : null,
          m.manifest() == null || withData ? m.manifest() : listed(m.manifest()));
    }

    private static Map<String, Object> listed(Map<String, Object> manifest) {
      Map<String, Object> kept = new LinkedHashMap<>();
      LISTED_MANIFEST_KEYS.stream()
          .filter(manifest::containsKey)
          .forEach(key -> kept.put(key, manifest.get(key)));
      return kept;
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

  /**
   * The observed state; {@code clusterPlacementDecisions} is omitted until there are any, {@code
   * observedClusterNames} (SDK) names the clusters that have one, empty until then.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "provisioningStatus",
    "phase",
    "message",
    "conditions",
    "clusterPlacementDecisions",
    "observedClusterNames",
    "lastUpdated"
  })
  record StatusView(
      String provisioningStatus,
      String phase,
      String message,
      List<ConditionView> conditions,
      List<DecisionView> clusterPlacementDecisions,
      List<String> observedClusterNames,
      String lastUpdated) {

    static StatusView from(WorkloadPlacement placement) {
      PlacementStatus s = placement.status();
      boolean withGpr = placement.spec().gprDetails() != null;
      List<DecisionView> decisions =
          s.clusterPlacementDecisions().stream()
              .map(d -> DecisionView.from(d, withGpr ? GprStatus.of(placement, d) : null))
              .toList();
      return new StatusView(
          s.provisioningStatus().wireName(),
          s.phase().wireName(),
          s.message(),
          s.conditions().stream().map(ConditionView::from).toList(),
          decisions.isEmpty() ? null : decisions,
          s.clusterPlacementDecisions().stream()
              .map(ClusterPlacementDecision::clusterName)
              .toList(),
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
    "stepResults",
    "gprStatus"
  })
  record DecisionView(
      String clusterName,
      String phase,
      String currentStep,
      String startTime,
      String completionTime,
      List<StepResultView> stepResults,
      GprStatusView gprStatus) {
    static DecisionView from(ClusterPlacementDecision d, GprStatus gpr) {
      return new DecisionView(
          d.clusterName(),
          d.phase().wireName(),
          d.currentStep(),
          Timestamps.format(d.startTime()),
          Timestamps.format(d.completionTime()),
          d.stepResults().stream().map(StepResultView::from).toList(),
          gpr == null ? null : GprStatusView.from(gpr));
    }
  }

  /** The GPU provision request on one cluster (SDK). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "gprName",
    "provisioningStatus",
    "numberOfGPUNodes",
    "memoryPerGpu",
    "gpuShape",
    "instanceType",
    "startTime"
  })
  record GprStatusView(
      String gprName,
      String provisioningStatus,
      @JsonProperty("numberOfGPUNodes") Integer numberOfGPUNodes,
      Integer memoryPerGpu,
      String gpuShape,
      String instanceType,
      String startTime) {
    static GprStatusView from(GprStatus g) {
      return new GprStatusView(
          g.gprName(),
          g.provisioningStatus().wireName(),
          g.details().numberOfGPUNodes(),
          g.details().memoryPerGpu(),
          g.details().gpuShape(),
          g.details().instanceType(),
          Timestamps.format(g.startTime()));
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

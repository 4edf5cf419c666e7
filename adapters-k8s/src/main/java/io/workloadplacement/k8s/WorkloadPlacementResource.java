package io.workloadplacement.k8s;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;
import java.util.Map;

/**
 * The wire shape of a {@code WorkloadPlacement} custom resource, as the CRD in {@code
 * kubernetes/workloadplacements.worker.kubeslice.io-v1.yml} declares it. Field names are the
 * contract's; absent values are left out rather than written as null, because a structural schema
 * does not accept null for a typed field. Only {@link PlacementResourceMapper} reads or builds it.
 */
@Group(WorkloadPlacementResource.GROUP)
@Version(WorkloadPlacementResource.VERSION)
@Kind("WorkloadPlacement")
@Plural("workloadplacements")
@Singular("workloadplacement")
public class WorkloadPlacementResource
    extends CustomResource<WorkloadPlacementResource.Spec, WorkloadPlacementResource.Status>
    implements Namespaced {

  /** The vendor's API group, as its AlreadyExists text names it. */
  static final String GROUP = "worker.kubeslice.io";

  /** The only served and stored version. */
  static final String VERSION = "v1alpha1";

  private static final long serialVersionUID = 1L;

  /** An empty resource; fabric8 and Jackson need this constructor. */
  public WorkloadPlacementResource() {
    super();
  }

  /** What the client asked for; the contract's request fields. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Spec(
      String workspaceName,
      String name,
      List<String> clusters,
      String burstDuration,
      String deletionPolicy,
      List<HelmConfig> helmConfigs,
      List<ManifestResource> manifestResources,
      List<CommandExecution> cmdExec,
      List<Step> steps,
      Integer numPlacements,
      String workloadTemplateName,
      String serviceAccountName,
      Boolean enableBurst,
      @JsonProperty("enableEGS") Boolean enableEGS,
      GprDetails gprDetails) {}

  /** The GPU provision request (SDK), as sent. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record GprDetails(
      Integer memoryPerGpu,
      Boolean enableAutoGpuSelection,
      @JsonProperty("numberOfGPUs") Integer numberOfGPUs,
      @JsonProperty("numberOfGPUNodes") Integer numberOfGPUNodes,
      String instanceType,
      String gpuShape,
      String exitDuration,
      Integer priority) {}

  /** One Helm release; {@code secretRef} is kept here because the server needs it to install. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record HelmConfig(
      String chart,
      String releaseName,
      String releaseNamespace,
      String repoName,
      @JsonProperty("repoURL") String repoURL,
      String secretRef,
      Map<String, Object> values,
      String name,
      String version,
      HelmFlags helmFlags) {}

  /** The CRD's Helm flags; {@code wait} cannot name a record component. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record HelmFlags(
      Boolean atomic,
      Boolean cleanupOnFail,
      Boolean createNamespace,
      @JsonProperty("skipCRDs") Boolean skipCRDs,
      @JsonProperty("wait") Boolean waitReady,
      String timeout) {}

  /** One Kubernetes object to apply. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ManifestResource(
      String name,
      String namespace,
      String apiVersion,
      String kind,
      Map<String, Object> data,
      Map<String, Object> manifest) {}

  /** One command to run. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CommandExecution(String name, String cmd) {}

  /** One entry of the ordered step list. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Step(String name, String type) {}

  /**
   * What happened. {@code phase} is written for {@code kubectl} readers and ignored on reading: it
   * always follows from {@code provisioningStatus}.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Status(
      String provisioningStatus,
      String phase,
      String message,
      List<Condition> conditions,
      List<ClusterPlacementDecision> clusterPlacementDecisions,
      String lastUpdated) {}

  /** A Kubernetes-style condition. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Condition(
      String type, String status, String reason, String message, String lastTransitionTime) {}

  /** How the placement is going on one cluster. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ClusterPlacementDecision(
      String clusterName,
      String phase,
      String currentStep,
      String startTime,
      String completionTime,
      List<StepResult> stepResults) {}

  /** The outcome of one step on one cluster; {@code duration} in Go's notation. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record StepResult(String name, String type, Boolean success, String duration, String message) {}
}

package io.workloadplacement.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.ClusterPlacementDecision;
import io.workloadplacement.domain.model.Condition;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.HelmFlags;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.Phase;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacementResourceMapperTest {

  private static final Instant CREATED = Instant.parse("2025-10-30T08:39:52.123456789Z");
  private static final Instant STARTED = CREATED.plusSeconds(5);
  private static final Instant FINISHED = STARTED.plusMillis(1500);

  private final KubernetesSerialization json = new KubernetesSerialization();
  private final PlacementResourceMapper mapper = new PlacementResourceMapper(() -> "stamp-1");

  /** The seed with a status that has every part filled in, and a richer helm config. */
  static WorkloadPlacement seedWithFullStatus() {
    WorkloadPlacementSpec seed = SamplePlacements.seed().toSpec();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("replicaCount", 2);
    values.put("image", Map.of("repository", "nvidia/cuda", "tag", "12.4"));
    values.put("gpus", List.of(1, 2.5, true, "x"));
    values.put("nothing", null);
    HelmConfig helm =
        new HelmConfig(
            "vaidio/cuda",
            "cuda",
            "bookinfo",
            "vaidio",
            "oci://registry.example/charts",
            "vaidio-secret",
            values,
            "cuda",
            "1.2.3",
            new HelmFlags(true, false, true, null, true, "5m"));
    ManifestResource deployment =
        new ManifestResource(
            "web",
            null,
            "apps/v1",
            "Deployment",
            Map.of("spec", Map.of("replicas", 3, "selector", Map.of("app", "web"))));
    WorkloadPlacementSpec spec =
        new WorkloadPlacementSpec(
            seed.workspaceName(),
            seed.name(),
            List.of("worker-1", "worker-2"),
            seed.burstDuration(),
            seed.deletionPolicy(),
            List.of(helm),
            List.of(SamplePlacements.seedManifest(), deployment),
            seed.cmdExec(),
            seed.steps());
    ClusterPlacementDecision done =
        new ClusterPlacementDecision(
            "worker-1",
            Phase.RUNNING,
            null,
            STARTED,
            FINISHED,
            List.of(
                new StepResult(
                    "create-namespace",
                    StepType.COMMAND,
                    true,
                    Duration.ofNanos(1_500_000_001L),
                    "ok"),
                new StepResult("cuda", StepType.HELM, true, Duration.ofMinutes(61), "installed"),
                new StepResult(
                    "sample-configmap", StepType.MANIFEST, true, Duration.ZERO, "applied")));
    ClusterPlacementDecision running =
        new ClusterPlacementDecision(
            "worker-2",
            Phase.DEPLOYING,
            "cuda",
            STARTED,
            null,
            List.of(
                new StepResult(
                    "create-namespace", StepType.COMMAND, false, Duration.ofNanos(7), "")));
    PlacementStatus status =
        new PlacementStatus(
            ProvisioningStatus.IN_PROGRESS,
            "deploying",
            List.of(
                Condition.forStep(StepType.COMMAND, true, "ran", STARTED),
                Condition.forStep(StepType.HELM, false, "failed", FINISHED)),
            List.of(done, running),
            FINISHED);
    return new WorkloadPlacement(spec, status, CREATED, FINISHED.plusNanos(1));
  }

  @Test
  void theSeedWithAFullStatusSurvivesTheTripThroughJsonUnchanged() {
    WorkloadPlacement placement = seedWithFullStatus();

    VersionedPlacement back = throughJson(mapper.toResource(placement), "42");

    assertThat(back.placement()).isEqualTo(placement);
    assertThat(back.version()).isEqualTo("42");
  }

  @Test
  void aPendingPlacementWithoutUpdatedAtSurvivesToo() {
    WorkloadPlacement placement =
        new WorkloadPlacement(
            SamplePlacements.seed().toSpec(), PlacementStatus.pending(CREATED), CREATED, null);

    assertThat(throughJson(mapper.toResource(placement), "1").placement()).isEqualTo(placement);
  }

  @Test
  void theResourceCarriesLabelsForTheFiltersAnnotationsForTheTimesAndTheSecretRef() {
    WorkloadPlacementResource resource = mapper.toResource(seedWithFullStatus());

    assertThat(resource.getMetadata().getName()).isEqualTo(SamplePlacements.SEED_NAME);
    assertThat(resource.getMetadata().getLabels())
        .containsEntry(PlacementLabels.WORKSPACE, "abc")
        .containsEntry(PlacementLabels.PROVISIONING_STATUS, "InProgress");
    assertThat(resource.getMetadata().getAnnotations())
        .containsEntry(PlacementLabels.CREATED_AT, "2025-10-30T08:39:52.123456789Z")
        .containsEntry(PlacementLabels.UPDATED_AT, FINISHED.plusNanos(1).toString())
        .containsEntry(PlacementLabels.WRITE_STAMP, "stamp-1");
    assertThat(resource.getMetadata().getResourceVersion()).isNull();
    String yaml = json.asYaml(resource);
    assertThat(yaml)
        .contains("secretRef: \"vaidio-secret\"")
        .contains("wait: true")
        .contains("repoURL:")
        .contains("phase: \"Deploying\"")
        .contains("duration: \"1.500000001s\"")
        .doesNotContain("waitReady")
        .doesNotContain("currentStep: null");
  }

  @Test
  void everyWriteGetsAFreshStamp() {
    PlacementResourceMapper stamping =
        new PlacementResourceMapper(Arrays.asList("a", "b").iterator()::next);
    WorkloadPlacement placement = seedWithFullStatus();

    String first =
        stamping
            .toResource(placement)
            .getMetadata()
            .getAnnotations()
            .get(PlacementLabels.WRITE_STAMP);
    String second =
        stamping
            .toResource(placement)
            .getMetadata()
            .getAnnotations()
            .get(PlacementLabels.WRITE_STAMP);

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void aResourceWrittenByHandWithoutStatusOrCreatedAtIsPendingSinceItsCreation() {
    String yaml =
        """
        apiVersion: worker.kubeslice.io/v1alpha1
        kind: WorkloadPlacement
        metadata:
          name: by-hand
          resourceVersion: "7"
          creationTimestamp: "2025-10-30T08:39:52Z"
        spec:
          workspaceName: abc
          name: by-hand
          clusters: [w1]
          burstDuration: 1h
          deletionPolicy: Retain
          cmdExec: [{name: hello, cmd: kubectl version}]
          steps: [{name: hello, type: command}]
        """;

    VersionedPlacement read =
        mapper.toDomain(json.unmarshal(yaml, WorkloadPlacementResource.class));

    Instant created = Instant.parse("2025-10-30T08:39:52Z");
    assertThat(read.placement().createdAt()).isEqualTo(created);
    assertThat(read.placement().status()).isEqualTo(PlacementStatus.pending(created));
    assertThat(read.placement().updatedAt()).isNull();
    assertThat(read.placement().spec().helmConfigs()).isEmpty();
    assertThat(read.version()).isEqualTo("7");
  }

  @Test
  void anUnknownProvisioningStatusIsRefusedNotGuessed() {
    WorkloadPlacementResource resource = mapper.toResource(seedWithFullStatus());
    WorkloadPlacementResource.Status s = resource.getStatus();
    resource.setStatus(
        new WorkloadPlacementResource.Status(
            "Exploded",
            s.phase(),
            s.message(),
            s.conditions(),
            s.clusterPlacementDecisions(),
            s.lastUpdated()));

    assertThatThrownBy(() -> mapper.toDomain(resource))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Exploded");
  }

  private VersionedPlacement throughJson(WorkloadPlacementResource resource, String version) {
    resource.getMetadata().setResourceVersion(version);
    String text = json.asJson(resource);
    return mapper.toDomain(json.unmarshal(text, WorkloadPlacementResource.class));
  }
}

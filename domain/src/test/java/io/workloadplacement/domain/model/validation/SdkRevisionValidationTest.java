package io.workloadplacement.domain.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.model.DeletionPolicy;
import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.GprDetails;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.StepDraft;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import io.workloadplacement.domain.service.PlacementValidator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of the SDK's revision (contract section 7). */
class SdkRevisionValidationTest {

  private final PlacementValidator validator = Validators.placementValidator();

  private static final Map<String, Object> DEPLOYMENT =
      Map.of(
          "apiVersion",
          "apps/v1",
          "kind",
          "Deployment",
          "metadata",
          Map.of("name", "web", "namespace", "bookinfo"),
          "spec",
          Map.of("replicas", 2));

  private static PlacementDraft seedWith(
      String burst,
      String policy,
      List<ManifestResource> manifests,
      List<StepDraft> steps,
      Integer numPlacements,
      String templateName,
      GprDetails gpr) {
    PlacementDraft seed = SamplePlacements.seed();
    return new PlacementDraft(
        seed.workspaceName(),
        seed.name(),
        seed.clusters(),
        burst,
        policy,
        seed.helmConfigs(),
        manifests,
        seed.cmdExec(),
        steps,
        numPlacements,
        templateName,
        "bookinfo-sa",
        true,
        false,
        gpr);
  }

  private static PlacementDraft withGpr(GprDetails gpr) {
    PlacementDraft seed = SamplePlacements.seed();
    return seedWith("15m", "Delete", seed.manifestResources(), seed.steps(), 1, null, gpr);
  }

  private List<FieldViolation> violationsOf(PlacementDraft draft) {
    return validator.violationsOf(draft);
  }

  private List<String> fieldsOf(PlacementDraft draft) {
    return violationsOf(draft).stream().map(FieldViolation::field).toList();
  }

  @Test
  void everyNewFieldIsKeptInTheTypedSpec() {
    PlacementDraft draft = withGpr(SamplePlacements.autoGpr());
    assertThat(violationsOf(draft)).isEmpty();

    WorkloadPlacementSpec spec = validator.toSpec(draft);

    assertThat(spec.gprDetails()).isEqualTo(SamplePlacements.autoGpr());
    assertThat(spec.gprDetails().gpusPerCluster()).isEqualTo(4);
    assertThat(spec.numPlacements()).isEqualTo(1);
    assertThat(spec.serviceAccountName()).isEqualTo("bookinfo-sa");
    assertThat(spec.enableBurst()).isTrue();
    assertThat(spec.enableEGS()).isFalse();
    assertThat(spec.toDraft()).isEqualTo(draft);
  }

  @Test
  void burstDurationAndDeletionPolicyMayBeLeftOut() {
    PlacementDraft seed = SamplePlacements.seed();
    PlacementDraft draft =
        seedWith(null, null, seed.manifestResources(), seed.steps(), null, null, null);

    assertThat(violationsOf(draft)).isEmpty();
    WorkloadPlacementSpec spec = validator.toSpec(draft);
    assertThat(spec.burstDuration()).isEmpty();
    assertThat(spec.deletionPolicy()).isEqualTo(DeletionPolicy.DELETE);
    // stored and shown as Delete
    assertThat(spec.toDraft().deletionPolicy()).isEqualTo("Delete");
  }

  @Test
  void theNewNamesAndCountsAreChecked() {
    PlacementDraft seed = SamplePlacements.seed();
    assertThat(
            fieldsOf(
                seedWith(
                    "15m", "Delete", seed.manifestResources(), seed.steps(), 0, "Bad_Name", null)))
        .containsExactly("numPlacements", "workloadTemplateName");
  }

  @Test
  void gprMemoryPerGpuIsAtLeastOne() {
    assertThat(fieldsOf(withGpr(new GprDetails(0, true, 1, 1, null, null, "2h", 1))))
        .containsExactly("gprDetails.memoryPerGpu");
  }

  @Test
  void gprAutomaticSelectionIsRequired() {
    assertThat(fieldsOf(withGpr(new GprDetails(1, null, 1, 1, null, null, "2h", 1))))
        .containsExactly("gprDetails.enableAutoGpuSelection");
  }

  @Test
  void gprNumberOfGpusIsAtLeastOne() {
    assertThat(fieldsOf(withGpr(new GprDetails(1, true, 0, 1, null, null, "2h", 1))))
        .containsExactly("gprDetails.numberOfGPUs");
  }

  @Test
  void gprNumberOfGpuNodesIsAtLeastOne() {
    assertThat(fieldsOf(withGpr(new GprDetails(1, true, 1, -1, null, null, "2h", 1))))
        .containsExactly("gprDetails.numberOfGPUNodes");
  }

  @Test
  void gprPriorityIsRequired() {
    assertThat(fieldsOf(withGpr(new GprDetails(1, true, 1, 1, null, null, "2h", null))))
        .containsExactly("gprDetails.priority");
  }

  @Test
  void gprExitDurationIsRequired() {
    assertThat(fieldsOf(withGpr(new GprDetails(1, true, 1, 1, null, null, null, 1))))
        .containsExactly("gprDetails.exitDuration");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0m", "0d0h0m", "30m2h", "2h1d", "1w", "15s", "1.5h", "2 h", "-2h"})
  void gprExitDurationIsDaysHoursMinutesInOrderAndNotZero(String exit) {
    assertThat(fieldsOf(withGpr(new GprDetails(1, true, 1, 1, null, null, exit, 1))))
        .containsExactly("gprDetails.exitDuration");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1d2h30m", "2h", "30m", "1d", "1d30m", "0d1m"})
  void gprExitDurationsOfTheSdk(String exit) {
    assertThat(fieldsOf(withGpr(new GprDetails(1, true, 1, 1, null, null, exit, 1)))).isEmpty();
  }

  @Test
  void withAutomaticSelectionNeitherInstanceTypeNorShapeIsGiven() {
    assertThat(fieldsOf(withGpr(new GprDetails(1, true, 1, 1, "a2-highgpu", null, "2h", 1))))
        .containsExactly("gprDetails.instanceType");
    assertThat(fieldsOf(withGpr(new GprDetails(1, true, 1, 1, null, "A100", "2h", 1))))
        .containsExactly("gprDetails.gpuShape");
  }

  @Test
  void withoutAutomaticSelectionInstanceTypeAndShapeAreEachRequired() {
    assertThat(fieldsOf(withGpr(new GprDetails(1, false, 1, 1, null, "A100", "2h", 1))))
        .containsExactly("gprDetails.instanceType");
    assertThat(fieldsOf(withGpr(new GprDetails(1, false, 1, 1, "a2-highgpu", null, "2h", 1))))
        .containsExactly("gprDetails.gpuShape");
    assertThat(fieldsOf(withGpr(new GprDetails(1, false, 1, 1, "a2-highgpu", "A100", "2h", 1))))
        .isEmpty();
  }

  @Test
  void severalGprViolationsAreReportedAtOnceEachWithItsPath() {
    assertThat(violationsOf(withGpr(new GprDetails(0, false, 0, 0, null, null, "0m", null))))
        .extracting(FieldViolation::field, FieldViolation::message)
        .containsExactly(
            tuple("gprDetails.exitDuration", "must be greater than zero"),
            tuple("gprDetails.gpuShape", "is required when enableAutoGpuSelection is false"),
            tuple("gprDetails.instanceType", "is required when enableAutoGpuSelection is false"),
            tuple("gprDetails.memoryPerGpu", "must be greater than or equal to 1"),
            tuple("gprDetails.numberOfGPUNodes", "must be greater than or equal to 1"),
            tuple("gprDetails.numberOfGPUs", "must be greater than or equal to 1"),
            tuple("gprDetails.priority", "must not be null"));
  }

  @Test
  void bothManifestShapesMayBeUsedInOnePlacement() {
    PlacementDraft seed = SamplePlacements.seed();
    List<ManifestResource> manifests =
        List.of(SamplePlacements.seedManifest(), ManifestResource.ofManifest("web", DEPLOYMENT));
    List<StepDraft> steps =
        List.of(
            new StepDraft("sample-configmap", StepType.MANIFEST),
            new StepDraft("web", StepType.MANIFEST));
    PlacementDraft draft = seedWith(null, null, manifests, steps, null, null, null);

    assertThat(violationsOf(draft)).isEmpty();
    ManifestResource whole = validator.toSpec(draft).manifestResource("web").orElseThrow();
    assertThat(whole.isWholeObject()).isTrue();
    assertThat(whole.objectKind()).isEqualTo("Deployment");
    assertThat(whole.objectName()).isEqualTo("web");
    assertThat(whole.objectNamespace()).contains("bookinfo");
    assertThat(SamplePlacements.seedManifest().objectNamespace()).contains("bookinfo");
  }

  @Test
  void anItemMixingBothShapesIsRefused() {
    PlacementDraft seed = SamplePlacements.seed();
    ManifestResource mixed = new ManifestResource("web", "bookinfo", "v1", null, null, DEPLOYMENT);
    List<StepDraft> steps = List.of(new StepDraft("web", StepType.MANIFEST));

    assertThat(violationsOf(seedWith("15m", null, List.of(mixed), steps, null, null, null)))
        .extracting(FieldViolation::field, FieldViolation::message)
        .containsExactly(
            tuple(
                "manifestResources[0].manifest",
                "must not be sent together with apiVersion, namespace"));
  }

  @Test
  void aWholeObjectNeedsItsApiVersionKindAndDnsName() {
    ManifestResource bad =
        ManifestResource.ofManifest(
            "web", Map.of("metadata", Map.of("name", "Web_1", "namespace", "Book_Info")));
    List<StepDraft> steps = List.of(new StepDraft("web", StepType.MANIFEST));

    assertThat(fieldsOf(seedWith("15m", null, List.of(bad), steps, null, null, null)))
        .containsExactly(
            "manifestResources[0].manifest.apiVersion",
            "manifestResources[0].manifest.kind",
            "manifestResources[0].manifest.metadata.name",
            "manifestResources[0].manifest.metadata.namespace");
    ManifestResource noMetadata =
        ManifestResource.ofManifest("web", Map.of("apiVersion", "v1", "kind", "Service"));
    assertThat(fieldsOf(seedWith("15m", null, List.of(noMetadata), steps, null, null, null)))
        .containsExactly("manifestResources[0].manifest.metadata");
  }

  @Test
  void anExitDurationParsesToItsLength() {
    assertThat(io.workloadplacement.domain.model.ExitDuration.parse("1d2h30m").duration())
        .isEqualTo(Duration.ofDays(1).plusHours(2).plusMinutes(30));
  }
}

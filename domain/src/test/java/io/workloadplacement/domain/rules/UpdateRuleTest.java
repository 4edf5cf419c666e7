package io.workloadplacement.domain.rules;

import static io.workloadplacement.domain.model.PlacementField.BURST_DURATION;
import static io.workloadplacement.domain.model.PlacementField.DELETION_POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.PlacementPatches;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementField;
import io.workloadplacement.domain.model.PlacementPatch;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.StepDraft;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class UpdateRuleTest {

  private static final WorkloadPlacementSpec STORED = SamplePlacements.seed().toSpec();
  private static final PlacementDraft DRAFT = STORED.toDraft();

  /** The contract's update table, written out independently of the rule under test. */
  private static boolean contractAllows(ProvisioningStatus status, PlacementField field) {
    return switch (status) {
      case PENDING, QUEUED -> !Set.of("workspaceName", "name").contains(field.wireName());
      case IN_PROGRESS, SUCCESSFUL ->
          Set.of("burstDuration", "deletionPolicy").contains(field.wireName());
      case COMPLETED, FAILED -> false;
    };
  }

  /** A patch that changes exactly {@code field} of the seed to another valid value. */
  private static PlacementPatch changing(PlacementField field) {
    Object[] values = new Object[PlacementField.values().length];
    values[field.ordinal()] =
        switch (field) {
          case WORKSPACE_NAME -> "other-workspace";
          case NAME -> "other-name";
          case CLUSTERS -> List.of("worker-1", "worker-2");
          case BURST_DURATION -> "20m";
          case DELETION_POLICY -> "Retain";
          case HELM_CONFIGS -> {
            Map<String, Object> values3 = new HashMap<>(STORED.helmConfigs().get(0).values());
            values3.put("replicaCount", 3);
            HelmConfig c = STORED.helmConfigs().get(0);
            yield List.of(
                new HelmConfig(
                    c.chart(),
                    c.releaseName(),
                    c.releaseNamespace(),
                    c.repoName(),
                    c.repoURL(),
                    c.secretRef(),
                    values3,
                    c.name(),
                    c.version(),
                    c.helmFlags()));
          }
          case MANIFEST_RESOURCES -> {
            ManifestResource m = SamplePlacements.seedManifest();
            yield List.of(
                new ManifestResource(m.name(), m.namespace(), m.apiVersion(), m.kind(), null));
          }
          case CMD_EXEC -> List.of(new CommandExecution("create-namespace", "kubectl get ns"));
          case STEPS -> {
            List<StepDraft> reversed = new ArrayList<>(DRAFT.steps());
            java.util.Collections.reverse(reversed);
            yield reversed;
          }
        };
    return patchOf(values);
  }

  @SuppressWarnings("unchecked")
  private static PlacementPatch patchOf(Object[] v) {
    return new PlacementPatch(
        (String) v[0],
        (String) v[1],
        (List<String>) v[2],
        (String) v[3],
        (String) v[4],
        (List<HelmConfig>) v[5],
        (List<ManifestResource>) v[6],
        (List<CommandExecution>) v[7],
        (List<StepDraft>) v[8]);
  }

  static Stream<Arguments> everyStatusAndField() {
    List<Arguments> pairs = new ArrayList<>();
    for (ProvisioningStatus status : ProvisioningStatus.values()) {
      for (PlacementField field : PlacementField.values()) {
        pairs.add(Arguments.of(status, field));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("everyStatusAndField")
  void aChangeIsAllowedExactlyWhereTheContractSays(
      ProvisioningStatus status, PlacementField field) {
    PlacementPatch patch = changing(field);
    assertThat(patch.changedFields(DRAFT)).containsExactly(field);

    UpdateDecision decision = UpdateRule.evaluate(status, STORED, patch);

    if (contractAllows(status, field)) {
      assertThat(decision).isInstanceOf(UpdateDecision.Allowed.class);
      UpdateDecision.Allowed allowed = (UpdateDecision.Allowed) decision;
      assertThat(allowed.changed()).containsExactly(field);
      assertThat(field.valueIn(allowed.merged())).isNotEqualTo(field.valueIn(DRAFT));
    } else {
      assertThat(decision).isEqualTo(new UpdateDecision.Refused(Set.of(field), status));
    }
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("everyStatusAndField")
  void sendingTheStoredValueBackIsNoChangeInAnyStatus(
      ProvisioningStatus status, PlacementField field) {
    Object[] values = new Object[PlacementField.values().length];
    values[field.ordinal()] = field.valueIn(DRAFT);
    assertThat(UpdateRule.evaluate(status, STORED, patchOf(values)))
        .isInstanceOf(UpdateDecision.Unchanged.class);
  }

  @ParameterizedTest
  @EnumSource(ProvisioningStatus.class)
  void anEmptyPatchIsANoOp(ProvisioningStatus status) {
    assertThat(UpdateRule.evaluate(status, STORED, PlacementPatch.empty()))
        .isInstanceOf(UpdateDecision.Unchanged.class);
  }

  @Test
  void refusalNamesEveryRefusedFieldButNotTheAllowedOnes() {
    PlacementPatch patch =
        PlacementPatches.patch()
            .workspaceName("ws2")
            .name("n2")
            .clusters(List.of("w9"))
            .burstDuration("30m")
            .deletionPolicy("Retain")
            .build();
    UpdateDecision decision = UpdateRule.evaluate(ProvisioningStatus.IN_PROGRESS, STORED, patch);
    assertThat(decision)
        .isEqualTo(
            new UpdateDecision.Refused(
                Set.of(PlacementField.WORKSPACE_NAME, PlacementField.NAME, PlacementField.CLUSTERS),
                ProvisioningStatus.IN_PROGRESS));
  }

  @Test
  void theLimitedUpdateOfTheVendorPageIsAllowedWhileRunning() {
    PlacementPatch patch =
        PlacementPatches.patch().burstDuration("30m").deletionPolicy("Retain").build();
    UpdateDecision decision = UpdateRule.evaluate(ProvisioningStatus.SUCCESSFUL, STORED, patch);
    assertThat(decision).isInstanceOf(UpdateDecision.Allowed.class);
    UpdateDecision.Allowed allowed = (UpdateDecision.Allowed) decision;
    assertThat(allowed.changed()).containsExactly(BURST_DURATION, DELETION_POLICY);
    assertThat(allowed.merged().burstDuration()).isEqualTo("30m");
    assertThat(allowed.merged().deletionPolicy()).isEqualTo("Retain");
    assertThat(allowed.merged().helmConfigs()).isEqualTo(STORED.helmConfigs());
  }

  @Test
  void helmConfigsSentBackWithoutTheWriteOnlySecretRefAreNoChange() {
    HelmConfig asRead = STORED.helmConfigs().get(0).withSecretRef(null);
    PlacementPatch patch = PlacementPatches.patch().helmConfigs(List.of(asRead)).build();
    assertThat(patch.changedFields(DRAFT)).isEmpty();
    assertThat(patch.applyTo(DRAFT).helmConfigs().get(0).secretRef()).isEqualTo("vaidio-secret");
  }

  @Test
  void aNewSecretRefIsAChange() {
    HelmConfig rotated = STORED.helmConfigs().get(0).withSecretRef("new-secret");
    PlacementPatch patch = PlacementPatches.patch().helmConfigs(List.of(rotated)).build();
    assertThat(patch.changedFields(DRAFT)).containsExactly(PlacementField.HELM_CONFIGS);
  }

  @Test
  void valuesAreComparedDeeply() {
    HelmConfig c = STORED.helmConfigs().get(0);
    Map<String, Object> sameValues = new HashMap<>();
    sameValues.put("replicaCount", 2);
    HelmConfig equal =
        new HelmConfig(
            c.chart(),
            c.releaseName(),
            c.releaseNamespace(),
            c.repoName(),
            c.repoURL(),
            null,
            sameValues,
            null,
            null,
            null);
    PlacementPatch patch = PlacementPatches.patch().helmConfigs(List.of(equal)).build();
    assertThat(patch.changedFields(DRAFT)).isEmpty();
  }

  @Test
  void aStepOfAnotherTypeIsAChange() {
    List<StepDraft> steps = new ArrayList<>(DRAFT.steps());
    steps.set(0, new StepDraft("create-namespace", StepType.HELM));
    PlacementPatch patch = PlacementPatches.patch().steps(steps).build();
    assertThat(patch.changedFields(DRAFT)).containsExactly(PlacementField.STEPS);
  }
}

package io.workloadplacement.conformance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.conformance.generators.Placements;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import io.workloadplacement.conformance.sut.TokenExchange;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The model's section 7: the current revision's shapes, rules, defaults and representation. */
class SectionSevenModelTest {

  /** What the vendor's SDK sends: clusterNames, a whole-object manifest, no burst, no policy. */
  private static final String SDK_BODY =
      """
      {"workspaceName": "team-a", "name": "p", "clusterNames": ["worker-1"],
       "steps": [{"name": "web", "type": "manifest"}, {"name": "cm", "type": "manifest"}],
       "manifestResources": [
         {"name": "web", "manifest": {"apiVersion": "apps/v1", "kind": "Deployment",
           "metadata": {"name": "web", "namespace": "apps"}, "spec": {"replicas": 1}}},
         {"name": "cm", "apiVersion": "v1", "kind": "ConfigMap", "namespace": "apps",
          "data": {"k": "v"}}],
       "gprDetails": {"memoryPerGpu": 40, "enableAutoGpuSelection": false, "numberOfGPUs": 2,
         "numberOfGPUNodes": 1, "instanceType": "n1-standard-8", "gpuShape": "Tesla-T4",
         "exitDuration": "1d2h30m", "priority": 201}}
      """;

  @Test
  void theSdksBodyWithBothManifestShapesIsValid() {
    assertThat(SpecValidator.validate(body())).isEmpty();
  }

  @Test
  void eachGprDetailsRuleIsAViolationOfItsOwn() {
    assertThat(gprViolation("memoryPerGpu", 0)).isEqualTo("gprDetails.memoryPerGpu");
    assertThat(gprViolation("numberOfGPUs", -1)).isEqualTo("gprDetails.numberOfGPUs");
    assertThat(gprViolation("numberOfGPUNodes", 0)).isEqualTo("gprDetails.numberOfGPUNodes");
    assertThat(gprViolation("enableAutoGpuSelection", null))
        .isEqualTo("gprDetails.enableAutoGpuSelection");
    assertThat(gprViolation("exitDuration", null)).isEqualTo("gprDetails.exitDuration");
    assertThat(gprViolation("exitDuration", "0d0h0m")).isEqualTo("gprDetails.exitDuration");
    assertThat(gprViolation("exitDuration", "30m2h")).isEqualTo("gprDetails.exitDuration");
    assertThat(gprViolation("exitDuration", "90s")).isEqualTo("gprDetails.exitDuration");
    assertThat(gprViolation("priority", null)).isEqualTo("gprDetails.priority");
    assertThat(gprViolation("priority", "high")).isEqualTo("gprDetails.priority");
    assertThat(gprViolation("instanceType", null)).isEqualTo("gprDetails.instanceType");
    assertThat(gprViolation("gpuShape", null)).isEqualTo("gprDetails.gpuShape");
  }

  @Test
  void automaticSelectionRefusesInstanceTypeAndGpuShapeEachOnItsOwn() {
    ObjectNode body = body();
    ((ObjectNode) body.get("gprDetails")).put("enableAutoGpuSelection", true);

    assertThat(paths(SpecValidator.validate(body)))
        .containsExactlyInAnyOrder("gprDetails.instanceType", "gprDetails.gpuShape");
  }

  @Test
  void severalBrokenGprRulesAreEachNamed() {
    ObjectNode body = body();
    ((ObjectNode) body.get("gprDetails"))
        .put("memoryPerGpu", 0)
        .put("exitDuration", "0m")
        .remove(List.of("priority", "gpuShape"));

    assertThat(paths(SpecValidator.validate(body)))
        .containsExactlyInAnyOrder(
            "gprDetails.memoryPerGpu",
            "gprDetails.exitDuration",
            "gprDetails.priority",
            "gprDetails.gpuShape");
  }

  @Test
  void aManifestItemMixingBothShapesIsRefused() {
    ObjectNode body = body();
    ((ObjectNode) body.get("manifestResources").get(0)).put("kind", "Deployment");

    List<Violation> violations = SpecValidator.validate(body);

    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).namedBy("manifestResources[0]")).isTrue();
    assertThat(violations.get(0).namedBy("manifestResources[0].kind")).isTrue();
    assertThat(violations.get(0).namedBy("manifestResources[1]")).isFalse();
  }

  @Test
  void anAbsentDeletionPolicyIsStoredAsDeleteAndAnAbsentBurstHasNoTimedEnd() {
    ReferenceModel model = new ReferenceModel(false);
    model.create(body()).get(0).applyEffect();
    assertThat(model.placement("p").orElseThrow().stored().path("deletionPolicy").asText())
        .isEqualTo("Delete");
    model.forceStatus("p", Status.SUCCESSFUL);

    model.advance(Duration.ofDays(30));
    assertThat(model.placement("p").orElseThrow().possible()).containsExactly(Status.SUCCESSFUL);

    // a burstDuration given later counts from the moment it turned Successful: long past now
    model.update("p", Json.object().put("burstDuration", "1h")).get(0).applyEffect();
    assertThat(model.placement("p").orElseThrow().possible()).containsExactly(Status.COMPLETED);
  }

  @Test
  void withoutBurstDurationTheLifecycleCannotReachCompletedOnItsOwn() {
    ReferenceModel model = new ReferenceModel(true);
    model.create(body()).get(0).applyEffect();

    model.advance(Duration.ofDays(1));

    assertThat(model.placement("p").orElseThrow().possible())
        .doesNotContain(Status.COMPLETED)
        .contains(Status.SUCCESSFUL, Status.FAILED);
  }

  @Test
  void theNewFieldsChangeInPendingAndQueuedOnly() {
    ReferenceModel model = new ReferenceModel(false);
    model.create(body()).get(0).applyEffect();
    model.forceStatus("p", Status.IN_PROGRESS);

    assertThat(model.update("p", Json.object().put("numPlacements", 2)))
        .extracting(Expected::toString)
        .containsExactly("409 InvalidUpdate in InProgress");
  }

  @Test
  void enableEgsIsAllowedInEveryStatusButCompletedAndFailed() {
    for (Status s : Status.values()) {
      ReferenceModel model = new ReferenceModel(false);
      model.create(body()).get(0).applyEffect();
      model.forceStatus("p", s);

      List<Expected> allowed = model.enableEgs("p");

      boolean refused = s == Status.COMPLETED || s == Status.FAILED;
      assertThat(allowed)
          .extracting(Expected::status)
          .as(s.wireName())
          .containsExactly(refused ? 409 : 200);
      allowed.get(0).applyEffect();
      assertThat(model.placement("p").orElseThrow().stored().path("enableEGS").asBoolean())
          .isEqualTo(!refused);
    }
    assertThat(new ReferenceModel(false).enableEgs("nobody"))
        .extracting(Expected::status)
        .containsExactly(404);
  }

  @Test
  void aListKeepsOnlyApiVersionKindAndMetadataOfAWholeObjectManifest() {
    ObjectNode listed = Representation.readBack(Representation.created(body()), true);

    assertThat(listed.path("manifestResources").get(0).path("manifest"))
        .isEqualTo(
            Json.parse(
                "{\"apiVersion\": \"apps/v1\", \"kind\": \"Deployment\","
                    + " \"metadata\": {\"name\": \"web\", \"namespace\": \"apps\"}}"));
    assertThat(listed.path("manifestResources").get(1).has("data")).isFalse();
  }

  @Test
  void aReadMustCarryClusterNamesObservedClusterNamesAndGprStatus() {
    ReferenceModel model = new ReferenceModel(false);
    model.create(body()).get(0).applyEffect();
    ObjectNode good = read();
    model.checkRead("p", good, false);

    ObjectNode noClusterNames = read();
    noClusterNames.remove("clusterNames");
    assertThatThrownBy(() -> model.checkRead("p", noClusterNames, false))
        .hasMessageContaining("clusterNames");

    ObjectNode noGprStatus = read();
    decision(noGprStatus).remove("gprStatus");
    assertThatThrownBy(() -> model.checkRead("p", noGprStatus, false))
        .hasMessageContaining("gprStatus");

    ObjectNode wrongGprName = read();
    ((ObjectNode) decision(wrongGprName).get("gprStatus")).put("gprName", "p");
    assertThatThrownBy(() -> model.checkRead("p", wrongGprName, false))
        .hasMessageContaining("p-worker-1");

    ObjectNode noObserved = read();
    ((ObjectNode) noObserved.get("status")).remove("observedClusterNames");
    assertThatThrownBy(() -> model.checkRead("p", noObserved, false))
        .hasMessageContaining("observedClusterNames");

    ObjectNode noGprDetails = read();
    noGprDetails.remove("gprDetails");
    assertThatThrownBy(() -> model.checkRead("p", noGprDetails, false))
        .hasMessageContaining("reads back");
  }

  @Test
  void theTokenExchangeAnswersOnlyTheTokenAndTheExpiryInAHeader() {
    TokenExchange.requireShape(
        Json.parse("{\"token\": \"t\"}"), Optional.of("2026-11-30T13:00:00Z"));

    assertThatThrownBy(
            () ->
                TokenExchange.requireShape(
                    Json.parse("{\"token\": \"t\", \"expiresAt\": \"2026-11-30T13:00:00Z\"}"),
                    Optional.of("2026-11-30T13:00:00Z")))
        .hasMessageContaining("exactly");
    assertThatThrownBy(
            () -> TokenExchange.requireShape(Json.parse("{\"token\": \"t\"}"), Optional.empty()))
        .hasMessageContaining("X-Token-Expires-At");
  }

  @Test
  void aTargetOfV115AloneGetsV115BodiesAndIsHeldToV115Rules() {
    TargetCapabilities v115 = TargetCapabilities.local("test").withCurrentRevision(false);
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 300; i++) {
      ObjectNode body = Placements.valid(v115).sample(random).put("name", "p" + i);
      assertThat(body.has("burstDuration") && body.has("deletionPolicy")).isTrue();
      assertThat(Json.write(body)).doesNotContain("\"manifest\":", "gprDetails", "numPlacements");
      assertThat(SpecValidator.validate(body, false)).isEmpty();
    }
    ObjectNode noBurst = Placements.valid(v115).sample(random).put("name", "p");
    noBurst.remove("burstDuration");
    assertThat(paths(SpecValidator.validate(noBurst, false))).containsExactly("burstDuration");
    assertThat(SpecValidator.validate(noBurst, true)).isEmpty();
  }

  /** A read of {@link #SDK_BODY} as the contract shapes it, InProgress on worker-1. */
  private static ObjectNode read() {
    ObjectNode read = Representation.readBack(Representation.created(body()), false);
    read.set("clusterNames", read.get("clusters").deepCopy());
    ObjectNode status =
        read.putObject("status")
            .put("provisioningStatus", "Pending")
            .put("phase", "Pending")
            .put("message", "waiting");
    status.putArray("observedClusterNames").add("worker-1");
    ObjectNode decision = status.putArray("clusterPlacementDecisions").addObject();
    decision.put("clusterName", "worker-1").put("phase", "Pending");
    decision
        .putObject("gprStatus")
        .put("gprName", "p-worker-1")
        .put("provisioningStatus", "Queued")
        .put("numberOfGPUNodes", 1)
        .put("memoryPerGpu", 40)
        .put("gpuShape", "Tesla-T4")
        .put("instanceType", "n1-standard-8");
    return read;
  }

  private static ObjectNode decision(ObjectNode read) {
    return (ObjectNode) read.path("status").path("clusterPlacementDecisions").get(0);
  }

  private static ObjectNode body() {
    return (ObjectNode) Json.parse(SDK_BODY);
  }

  /** The one violation path of {@link #SDK_BODY} with gprDetails.field set (null: removed). */
  private static String gprViolation(String field, Object value) {
    ObjectNode body = body();
    ObjectNode gpr = (ObjectNode) body.get("gprDetails");
    if (value == null) {
      gpr.remove(field);
    } else {
      gpr.set(field, Json.MAPPER.valueToTree(value));
    }
    List<String> paths = paths(SpecValidator.validate(body));
    assertThat(paths).as(field + " = " + value).hasSize(1);
    return paths.get(0);
  }

  private static List<String> paths(List<Violation> violations) {
    return violations.stream().map(Violation::primaryPath).toList();
  }
}

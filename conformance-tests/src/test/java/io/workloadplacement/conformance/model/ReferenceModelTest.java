package io.workloadplacement.conformance.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.workloadplacement.conformance.generators.InvalidPlacements;
import io.workloadplacement.conformance.generators.Placements;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The model's tables against the contract's text (section 3 and 4), and its generators. */
class ReferenceModelTest {

  private static final TargetCapabilities CAPS = TargetCapabilities.local("test");

  @Test
  void updateTableIsTheContracts() {
    for (Status s : Status.values()) {
      EnumSet<Field> expected =
          switch (s.wireName()) {
            case "Pending", "Queued" ->
                EnumSet.complementOf(EnumSet.of(Field.workspaceName, Field.name));
            case "InProgress", "Successful" ->
                EnumSet.of(Field.burstDuration, Field.deletionPolicy);
            default -> EnumSet.noneOf(Field.class);
          };
      assertThat(Field.mutableIn(s)).as(s.wireName()).isEqualTo(expected);
    }
  }

  @Test
  void deletionIsAllowedInPendingQueuedAndInProgressOnly() {
    assertThat(EnumSet.allOf(Status.class).stream().filter(Field::deletableIn))
        .containsExactly(Status.PENDING, Status.QUEUED, Status.IN_PROGRESS);
  }

  @Test
  void lifecycleHasOnlyTheContractsTransitions() {
    assertThat(Lifecycle.successors(Status.PENDING)).containsExactly(Status.QUEUED);
    assertThat(Lifecycle.successors(Status.QUEUED))
        .containsExactly(Status.IN_PROGRESS, Status.FAILED);
    assertThat(Lifecycle.successors(Status.IN_PROGRESS))
        .containsExactly(Status.SUCCESSFUL, Status.FAILED);
    assertThat(Lifecycle.successors(Status.SUCCESSFUL)).containsExactly(Status.COMPLETED);
    assertThat(Lifecycle.successors(Status.COMPLETED)).isEmpty();
    assertThat(Lifecycle.successors(Status.FAILED)).isEmpty();
  }

  @Test
  void generatedValidPlacementsAreValidAndInvalidOnesInvalid() {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 500; i++) {
      ObjectNode valid = Placements.valid(CAPS).sample(random).put("name", "p" + i);
      assertThat(SpecValidator.validate(valid)).as(Json.write(valid)).isEmpty();
      var invalid = InvalidPlacements.any(CAPS).sample(random);
      assertThat(SpecValidator.validate(invalid.named("p" + i)))
          .as(invalid.toString())
          .isNotEmpty();
    }
  }

  @Test
  void writingBackWhatWasReadIsANoOpEvenWithASecretRef() {
    ObjectNode stored =
        (ObjectNode)
            Json.parse(
                "{\"name\":\"p\",\"helmConfigs\":[{\"releaseName\":\"r\",\"secretRef\":{\"name\":\"s\"}}]}");
    ObjectNode read = Representation.readBack(Representation.stored(stored), false);
    assertThat(
            ReferenceModel.changedFields(
                Representation.stored(stored),
                ReferenceModel.merge(Representation.stored(stored), read)))
        .isEmpty();
  }

  @Test
  void aModelThatCannotPredictTheStatusAllowsEveryAnswer() {
    ReferenceModel model = new ReferenceModel(true);
    ObjectNode body = Placements.valid(CAPS).sample(new SplittableRandom(3)).put("name", "p");
    model.create(body).get(0).applyEffect();
    model.tick();
    assertThat(model.delete("p")).extracting(Expected::status).containsExactlyInAnyOrder(200, 409);
  }

  @Test
  void aNameDeletedWhileItMayHaveBeenInProgressMayBeHeldByItsCleanupOnAnAutonomousTarget() {
    ReferenceModel model = new ReferenceModel(true);
    ObjectNode body = Placements.valid(CAPS).sample(new SplittableRandom(3)).put("name", "p");
    model.create(body).get(0).applyEffect();
    model.tick();
    deleteAnswered200(model);

    assertThat(model.create(body)).extracting(Expected::status).containsExactly(200, 409);
    model.create(body).get(0).applyEffect(); // created again: the cleanup is over
    model.placement("p").orElseThrow().narrow(EnumSet.of(Status.PENDING));
    deleteAnswered200(model);
    assertThat(model.create(body)).extracting(Expected::status).containsExactly(200);
  }

  @Test
  void aTargetDrivenOnlyByTheSuiteFreesTheNameAtOnce() {
    ReferenceModel model = new ReferenceModel(false);
    ObjectNode body = Placements.valid(CAPS).sample(new SplittableRandom(3)).put("name", "p");
    model.create(body).get(0).applyEffect();
    model.forceStatus("p", Status.IN_PROGRESS);
    deleteAnswered200(model);

    assertThat(model.create(body)).extracting(Expected::status).containsExactly(200);
  }

  private static void deleteAnswered200(ReferenceModel model) {
    model.delete("p").stream()
        .filter(e -> e.status() == 200)
        .findFirst()
        .orElseThrow()
        .applyEffect();
    assertThat(model.placement("p")).isEmpty();
  }

  @Test
  void aNewBurstDurationMayEndABurstWhoseStartTheModelDidNotSee() {
    ReferenceModel model = new ReferenceModel(false);
    ObjectNode body = Placements.valid(CAPS).sample(new SplittableRandom(5)).put("name", "p");
    model.create(body).get(0).applyEffect();
    // the simulator made it Successful on its own during an advance; a read told the model so
    model.advance(java.time.Duration.ofMinutes(1));
    model.placement("p").orElseThrow().narrow(EnumSet.of(Status.SUCCESSFUL));

    model.update("p", Json.object().put("burstDuration", "1s")).get(0).applyEffect();

    assertThat(model.placement("p").orElseThrow().possible())
        .containsExactlyInAnyOrder(Status.SUCCESSFUL, Status.COMPLETED);
  }

  @Test
  void aBurstTheModelStartedEndsExactlyAtItsNewEnd() {
    ReferenceModel model = new ReferenceModel(false);
    ObjectNode body = Placements.valid(CAPS).sample(new SplittableRandom(5)).put("name", "p");
    model.create(body).get(0).applyEffect();
    model.forceStatus("p", Status.SUCCESSFUL);
    model.advance(java.time.Duration.ofSeconds(30));

    model.update("p", Json.object().put("burstDuration", "10s")).get(0).applyEffect();

    assertThat(model.placement("p").orElseThrow().possible()).containsExactly(Status.COMPLETED);
  }

  @Test
  void updatesSentWithABurstEndingOneMayMeetThePlacementCompleted() {
    ReferenceModel model = new ReferenceModel(false);
    ObjectNode body = Placements.valid(CAPS).sample(new SplittableRandom(5)).put("name", "p");
    model.create(body).get(0).applyEffect();
    model.forceStatus("p", Status.SUCCESSFUL);
    model.advance(java.time.Duration.ofMinutes(4));
    ObjectNode endsTheBurst = Json.object().put("burstDuration", "1m");
    ObjectNode changesClusters = Json.object();
    changesClusters.putArray("clusters").add("conf-c9");

    model.roundMayEndBurst("p", java.util.List.of(endsTheBurst, changesClusters));

    // seed 5321190134999820168 of the simulator target: the clusters update was refused in
    // Completed, since the burstDuration update sent with it had already ended the burst
    assertThat(model.update("p", changesClusters))
        .extracting(Expected::toString)
        .anySatisfy(d -> assertThat(d).isEqualTo("409 InvalidUpdate in Completed"))
        .anySatisfy(d -> assertThat(d).isEqualTo("409 InvalidUpdate in Successful"));
  }
}

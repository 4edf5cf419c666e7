package io.workloadplacement.simulator.http;

import static io.workloadplacement.simulator.server.HttpSim.API;
import static io.workloadplacement.simulator.server.Json.SEED_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.simulator.server.HttpSim;
import io.workloadplacement.simulator.server.Json;
import io.workloadplacement.simulator.server.Reply;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract's update and delete rules hold in every status the lifecycle reaches, not only in
 * placements fresh from a create: each status is reached by advancing the clock (Failed by a
 * fault).
 */
class RulesInEveryStatusOverHttpTest {

  enum Reached {
    PENDING("Pending", "0s"),
    QUEUED("Queued", "2s"),
    IN_PROGRESS("InProgress", "20s"),
    SUCCESSFUL("Successful", "30s"),
    COMPLETED("Completed", "16m"),
    FAILED("Failed", "29s");

    final String status;
    final String after;

    Reached(String status, String after) {
      this.status = status;
      this.after = after;
    }

    HttpSim reach() {
      HttpSim sim = HttpSim.open();
      if (this == FAILED) {
        sim.faults(
            """
            [{"match": {"stepType": "helm"}, "effect": {"type": "failStep", "reason": "Boom"}}]""");
      }
      sim.create(Json.seed());
      sim.advance(after);
      assertThat(sim.status(SEED_NAME)).isEqualTo(status);
      return sim;
    }
  }

  private static final Set<Reached> SPEC_CHANGES = Set.of(Reached.PENDING, Reached.QUEUED);
  private static final Set<Reached> BURST_CHANGES =
      Set.of(Reached.PENDING, Reached.QUEUED, Reached.IN_PROGRESS, Reached.SUCCESSFUL);
  private static final Set<Reached> DELETABLE =
      Set.of(Reached.PENDING, Reached.QUEUED, Reached.IN_PROGRESS);

  @ParameterizedTest
  @EnumSource(Reached.class)
  void theClustersChangeOnlyBeforeDeploying(Reached reached) {
    try (HttpSim sim = reached.reach()) {
      Reply reply = sim.put(API + "/" + SEED_NAME, "{\"clusters\": [\"worker-1\", \"worker-2\"]}");

      if (SPEC_CHANGES.contains(reached)) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(sim.placement(SEED_NAME).path("clusters")).hasSize(2);
      } else {
        assertInvalidUpdate(reply, reached);
        assertThat(sim.placement(SEED_NAME).path("clusters")).hasSize(1);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Reached.class)
  void theBurstDurationChangesUntilTheEnd(Reached reached) {
    try (HttpSim sim = reached.reach()) {
      Reply reply = sim.put(API + "/" + SEED_NAME, "{\"burstDuration\": \"1h\"}");

      if (BURST_CHANGES.contains(reached)) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(sim.placement(SEED_NAME).path("burstDuration").asText()).isEqualTo("1h");
      } else {
        assertInvalidUpdate(reply, reached);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Reached.class)
  void theWorkspaceNeverChanges(Reached reached) {
    try (HttpSim sim = reached.reach()) {
      Reply reply = sim.put(API + "/" + SEED_NAME, "{\"workspaceName\": \"other\"}");

      assertInvalidUpdate(reply, reached);
    }
  }

  @ParameterizedTest
  @EnumSource(Reached.class)
  void deletionIsAllowedOnlyBeforeSuccess(Reached reached) {
    try (HttpSim sim = reached.reach()) {
      Reply reply = sim.delete(API + "/" + SEED_NAME);

      if (DELETABLE.contains(reached)) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(sim.get(API + "/" + SEED_NAME).status()).isEqualTo(404);
      } else {
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.errorKey()).isEqualTo("DeletionRestricted");
        assertThat(sim.status(SEED_NAME)).isEqualTo(reached.status);
      }
    }
  }

  private static void assertInvalidUpdate(Reply reply, Reached reached) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(409);
    assertThat(reply.errorKey()).isEqualTo("InvalidUpdate");
    assertThat(reply.json().path("error").path("message").asText())
        .endsWith("when provisioningStatus is " + reached.status);
  }
}

package io.workloadplacement.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.workloadplacement.domain.failure.PlacementValidationException;
import io.workloadplacement.domain.model.BurstDuration;
import io.workloadplacement.domain.model.ClusterPlacementDecision;
import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.DeletionPolicy;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.Phase;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.Step;
import io.workloadplacement.domain.model.StepResult;
import io.workloadplacement.domain.model.StepType;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bound on what one placement takes in the store: refused before writing when it could outgrow
 * it, and step results kept within their budget so that an accepted placement can always be written
 * again, even as Failed with a result for every step on every cluster.
 */
class StoredSizeTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");
  private static final int MIB = 1 << 20;

  private final MockApiServer api = MockApiServer.crud();
  private final Fabric8PlacementRepository repository =
      new Fabric8PlacementRepository(api.client(), "ns", ReadRetries.NONE);

  @AfterEach
  void stop() {
    api.close();
  }

  /** {@code clusters} x {@code steps} command steps, and a manifest of {@code dataBytes}. */
  private static WorkloadPlacement placement(int clusters, int steps, int dataBytes) {
    List<CommandExecution> commands = new ArrayList<>();
    List<Step> stepList = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      commands.add(new CommandExecution("step-" + i, "kubectl create namespace ns-" + i));
      stepList.add(new Step("step-" + i, StepType.COMMAND));
    }
    List<ManifestResource> manifests =
        dataBytes == 0
            ? List.of()
            : List.of(
                new ManifestResource(
                    "big", "default", "v1", "ConfigMap", Map.of("blob", "x".repeat(dataBytes))));
    WorkloadPlacementSpec spec =
        new WorkloadPlacementSpec(
            "abc",
            "p",
            IntStream.range(0, clusters).mapToObj(i -> "worker-" + i).toList(),
            BurstDuration.parse("1h"),
            DeletionPolicy.DELETE,
            List.of(),
            manifests,
            commands,
            stepList);
    return new WorkloadPlacement(spec, PlacementStatus.pending(T0), T0, null);
  }

  @Test
  void aHundredClustersTimesThreeHundredStepsAndAMebibyteBodyIsRefusedBeforeWriting() {
    WorkloadPlacement huge = placement(100, 300, MIB);

    assertThatThrownBy(() -> repository.insert(huge))
        .isInstanceOfSatisfying(
            PlacementValidationException.class,
            e ->
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(
                        v -> {
                          assertThat(v.field()).isEqualTo("steps");
                          assertThat(v.message())
                              .contains("100 clusters x 300 steps")
                              .contains("over its limit of " + StoredSize.LIMIT_BYTES + " bytes");
                        }));
    assertThat(repository.find("p")).isEmpty();
  }

  @Test
  void aBodyAloneOverTheLimitIsRefusedNamingItsLargestPart() {
    assertThatThrownBy(() -> repository.insert(placement(1, 1, StoredSize.LIMIT_BYTES)))
        .isInstanceOfSatisfying(
            PlacementValidationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("manifestResources"));
    assertThat(repository.find("p")).isEmpty();
  }

  @Test
  void anUpdateThatWouldOutgrowTheLimitIsRefusedAndTheStoredOneStays() {
    VersionedPlacement small = repository.insert(placement(1, 1, 0));

    assertThatThrownBy(() -> repository.replace(placement(100, 300, 0), small.version()))
        .isInstanceOf(PlacementValidationException.class);
    assertThat(repository.find("p")).contains(small);
  }

  @Test
  void anAcceptedPlacementCanBeWrittenAsFailedWithAResultForEveryStepOnEveryCluster() {
    // the most steps the bound admits on a hundred clusters with a 64 KiB body
    int steps = 1;
    while (admits(placement(100, steps + 1, 65_536))) {
      steps++;
    }
    WorkloadPlacement accepted = placement(100, steps, 65_536);
    VersionedPlacement stored = repository.insert(accepted);
    // every result's message is as long and as wide (3 UTF-8 bytes a character) as can be
    String message = "\u6f22\"\n".repeat(10_000);
    List<ClusterPlacementDecision> decisions = new ArrayList<>();
    for (String cluster : accepted.spec().clusters()) {
      List<StepResult> results =
          accepted.spec().steps().stream()
              .map(
                  s ->
                      new StepResult(
                          s.name(),
                          StepType.COMMAND,
                          false,
                          Duration.ofMillis(123_456_789),
                          message))
              .toList();
      decisions.add(
          new ClusterPlacementDecision(
              cluster, Phase.FAILED, null, T0, T0.plusSeconds(60), results));
    }
    PlacementStatus failed =
        new PlacementStatus(
            ProvisioningStatus.FAILED, message, List.of(), decisions, T0.plusSeconds(60));

    VersionedPlacement written = repository.replace(accepted.withStatus(failed), stored.version());

    WorkloadPlacementResource object =
        api.client()
            .resources(WorkloadPlacementResource.class)
            .inNamespace("ns")
            .withName("p")
            .get();
    int bytes =
        new KubernetesSerialization().asJson(object).getBytes(StandardCharsets.UTF_8).length;
    assertThat(bytes).isLessThanOrEqualTo(StoredSize.LIMIT_BYTES);
    StepResult kept =
        written.placement().status().clusterPlacementDecisions().get(99).stepResults().get(0);
    assertThat(kept.message()).hasSize(StoredSize.STEP_MESSAGE_CHARS).endsWith("\u2026");
    assertThat(kept.message()).doesNotContain("\n");
    assertThat(written.placement().status().message()).hasSize(StoredSize.STATUS_MESSAGE_CHARS);
  }

  private static boolean admits(WorkloadPlacement placement) {
    try {
      StoredSize.check(new PlacementResourceMapper(() -> "s").toResource(placement));
      return true;
    } catch (PlacementValidationException e) {
      return false;
    }
  }
}

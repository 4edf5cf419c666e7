package io.workloadplacement.domain.rules;

import static io.workloadplacement.domain.model.ProvisioningStatus.COMPLETED;
import static io.workloadplacement.domain.model.ProvisioningStatus.FAILED;
import static io.workloadplacement.domain.model.ProvisioningStatus.IN_PROGRESS;
import static io.workloadplacement.domain.model.ProvisioningStatus.PENDING;
import static io.workloadplacement.domain.model.ProvisioningStatus.QUEUED;
import static io.workloadplacement.domain.model.ProvisioningStatus.SUCCESSFUL;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.model.Phase;
import io.workloadplacement.domain.model.ProvisioningStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleTransitionsTest {

  /** The contract's diagram, written out independently of the table under test. */
  private static final Set<List<ProvisioningStatus>> CONTRACT_EDGES =
      Set.of(
          List.of(PENDING, QUEUED),
          List.of(QUEUED, IN_PROGRESS),
          List.of(QUEUED, FAILED),
          List.of(IN_PROGRESS, SUCCESSFUL),
          List.of(IN_PROGRESS, FAILED),
          List.of(SUCCESSFUL, COMPLETED));

  static Stream<Arguments> everyPairOfStatuses() {
    List<Arguments> pairs = new ArrayList<>();
    for (ProvisioningStatus from : ProvisioningStatus.values()) {
      for (ProvisioningStatus to : ProvisioningStatus.values()) {
        pairs.add(Arguments.of(from, to));
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("everyPairOfStatuses")
  void allowsExactlyTheContractsTransitions(ProvisioningStatus from, ProvisioningStatus to) {
    assertThat(LifecycleTransitions.allows(from, to))
        .isEqualTo(CONTRACT_EDGES.contains(List.of(from, to)));
  }

  @ParameterizedTest
  @CsvSource({
    "PENDING, PENDING",
    "QUEUED, QUEUED",
    "IN_PROGRESS, DEPLOYING",
    "SUCCESSFUL, RUNNING",
    "COMPLETED, COMPLETED",
    "FAILED, FAILED"
  })
  void everyStatusHasItsFixedPhase(ProvisioningStatus status, Phase phase) {
    assertThat(status.phase()).isEqualTo(phase);
  }

  @ParameterizedTest
  @CsvSource({"COMPLETED", "FAILED"})
  void terminalStatusesHaveNoSuccessor(ProvisioningStatus status) {
    assertThat(ProvisioningStatus.values())
        .noneMatch(to -> LifecycleTransitions.allows(status, to));
    assertThat(status.isTerminal()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "PENDING, false",
    "QUEUED, false",
    "IN_PROGRESS, true",
    "SUCCESSFUL, true",
    "COMPLETED, false",
    "FAILED, false"
  })
  void onlyInProgressAndSuccessfulAreOnTheirClusters(ProvisioningStatus status, boolean on) {
    // reached only through startProvisioning, left by completion (after the deletion policy) or
    // failure: the statuses in which GPUs are held and deployed things are there
    assertThat(status.isOnClusters()).isEqualTo(on);
  }
}

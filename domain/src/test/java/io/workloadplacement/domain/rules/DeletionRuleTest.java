package io.workloadplacement.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.model.ProvisioningStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeletionRuleTest {

  @ParameterizedTest
  @CsvSource({
    "PENDING, true",
    "QUEUED, true",
    "IN_PROGRESS, true",
    "SUCCESSFUL, false",
    "COMPLETED, false",
    "FAILED, false"
  })
  void deletionIsAllowedOnlyBeforeTheWorkloadRuns(ProvisioningStatus status, boolean allowed) {
    assertThat(DeletionRule.allows(status)).isEqualTo(allowed);
  }
}

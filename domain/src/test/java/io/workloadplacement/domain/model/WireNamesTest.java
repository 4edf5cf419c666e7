package io.workloadplacement.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every enum the wire spells reads back from its own spelling, and from nothing else. */
class WireNamesTest {

  @Test
  void everyValueReadsBackFromItsWireName() {
    for (ProvisioningStatus v : ProvisioningStatus.values()) {
      assertThat(ProvisioningStatus.fromWireName(v.wireName())).contains(v);
    }
    for (Phase v : Phase.values()) {
      assertThat(Phase.fromWireName(v.wireName())).contains(v);
    }
    for (ConditionStatus v : ConditionStatus.values()) {
      assertThat(ConditionStatus.fromWireName(v.wireName())).contains(v);
    }
    for (StepType v : StepType.values()) {
      assertThat(StepType.fromWireName(v.wireName())).contains(v);
    }
    for (DeletionPolicy v : DeletionPolicy.values()) {
      assertThat(DeletionPolicy.fromWireName(v.wireName())).contains(v);
    }
  }

  @Test
  void spellingsAreExact() {
    assertThat(ProvisioningStatus.fromWireName("inprogress")).isEmpty();
    assertThat(Phase.fromWireName("RUNNING")).isEmpty();
    assertThat(ConditionStatus.fromWireName("true")).isEmpty();
    assertThat(StepType.fromWireName("Helm")).isEmpty();
    assertThat(DeletionPolicy.fromWireName("delete")).isEmpty();
  }
}

package io.workloadplacement.domain.model;

/** The client-settable fields of a placement, in the contract's order, for the update rules. */
public enum PlacementField {
  WORKSPACE_NAME("workspaceName"),
  NAME("name"),
  CLUSTERS("clusters"),
  BURST_DURATION("burstDuration"),
  DELETION_POLICY("deletionPolicy"),
  HELM_CONFIGS("helmConfigs"),
  MANIFEST_RESOURCES("manifestResources"),
  CMD_EXEC("cmdExec"),
  STEPS("steps");

  private final String wireName;

  PlacementField(String wireName) {
    this.wireName = wireName;
  }

  /** The field's JSON name. */
  public String wireName() {
    return wireName;
  }

  /** The value of this field in {@code spec}. */
  public Object valueIn(PlacementDraft spec) {
    return switch (this) {
      case WORKSPACE_NAME -> spec.workspaceName();
      case NAME -> spec.name();
      case CLUSTERS -> spec.clusters();
      case BURST_DURATION -> spec.burstDuration();
      case DELETION_POLICY -> spec.deletionPolicy();
      case HELM_CONFIGS -> spec.helmConfigs();
      case MANIFEST_RESOURCES -> spec.manifestResources();
      case CMD_EXEC -> spec.cmdExec();
      case STEPS -> spec.steps();
    };
  }

  @Override
  public String toString() {
    return wireName;
  }
}

package io.workloadplacement.domain.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The body of an update: a merge where a null field is absent and keeps its stored value. Lists
 * present replace the stored list whole.
 */
public record PlacementPatch(
    String workspaceName,
    String name,
    List<String> clusters,
    String burstDuration,
    String deletionPolicy,
    List<HelmConfig> helmConfigs,
    List<ManifestResource> manifestResources,
    List<CommandExecution> cmdExec,
    List<StepDraft> steps) {

  public PlacementPatch {
    clusters = JsonObjects.freezeList(clusters);
    helmConfigs = JsonObjects.freezeList(helmConfigs);
    manifestResources = JsonObjects.freezeList(manifestResources);
    cmdExec = JsonObjects.freezeList(cmdExec);
    steps = JsonObjects.freezeList(steps);
  }

  /** A patch that changes nothing. */
  public static PlacementPatch empty() {
    return new PlacementPatch(null, null, null, null, null, null, null, null, null);
  }

  /**
   * The draft that results from merging this patch into {@code current}.
   *
   * <p>{@code secretRef} is write-only, so a client that read a placement cannot send it back. A
   * helm config in the patch without secretRef therefore keeps the stored secretRef of the config
   * with the same key; a read-modify-write round trip thus changes nothing.
   */
  public PlacementDraft applyTo(PlacementDraft current) {
    return new PlacementDraft(
        pick(workspaceName, current.workspaceName()),
        pick(name, current.name()),
        pick(clusters, current.clusters()),
        pick(burstDuration, current.burstDuration()),
        pick(deletionPolicy, current.deletionPolicy()),
        helmConfigs == null ? current.helmConfigs() : keepSecretRefs(helmConfigs, current),
        pick(manifestResources, current.manifestResources()),
        pick(cmdExec, current.cmdExec()),
        pick(steps, current.steps()));
  }

  /** The fields whose merged value is not deep-equal to their value in {@code current}. */
  public Set<PlacementField> changedFields(PlacementDraft current) {
    PlacementDraft merged = applyTo(current);
    Set<PlacementField> changed = EnumSet.noneOf(PlacementField.class);
    for (PlacementField field : PlacementField.values()) {
      if (!Objects.equals(field.valueIn(merged), field.valueIn(current))) {
        changed.add(field);
      }
    }
    return changed;
  }

  private static List<HelmConfig> keepSecretRefs(
      List<HelmConfig> incoming, PlacementDraft current) {
    List<HelmConfig> merged = new ArrayList<>(incoming.size());
    for (HelmConfig config : incoming) {
      if (config != null && config.secretRef() == null && config.key() != null) {
        merged.add(
            current
                .helmConfig(config.key())
                .map(HelmConfig::secretRef)
                .map(config::withSecretRef)
                .orElse(config));
      } else {
        merged.add(config);
      }
    }
    return merged;
  }

  private static <T> T pick(T patched, T stored) {
    return patched != null ? patched : stored;
  }
}

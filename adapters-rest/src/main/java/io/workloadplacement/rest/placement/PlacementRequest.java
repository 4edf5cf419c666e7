package io.workloadplacement.rest.placement;

import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.domain.model.PlacementDraft;
import io.workloadplacement.domain.model.PlacementPatch;
import io.workloadplacement.domain.model.StepDraft;
import java.util.List;

/**
 * A create or update body as the client sent it, aliases resolved; a null field was absent. The
 * domain decides what is valid: this record only carries values across.
 */
public record PlacementRequest(
    String workspaceName,
    String name,
    List<String> clusters,
    String burstDuration,
    String deletionPolicy,
    List<HelmConfig> helmConfigs,
    List<ManifestResource> manifestResources,
    List<CommandExecution> cmdExec,
    List<StepDraft> steps) {

  /** The body of a create: absent config lists are empty, absent required values stay null. */
  public PlacementDraft toDraft() {
    return new PlacementDraft(
        workspaceName,
        name,
        clusters,
        burstDuration,
        deletionPolicy,
        helmConfigs,
        manifestResources,
        cmdExec,
        steps);
  }

  /** The body of an update: a merge where every absent field keeps its stored value. */
  public PlacementPatch toPatch() {
    return new PlacementPatch(
        workspaceName,
        name,
        clusters,
        burstDuration,
        deletionPolicy,
        helmConfigs,
        manifestResources,
        cmdExec,
        steps);
  }
}

package io.workloadplacement.domain.model;

import io.workloadplacement.domain.model.validation.AtLeastOneConfig;
import io.workloadplacement.domain.model.validation.DistinctClusters;
import io.workloadplacement.domain.model.validation.DnsLabel;
import io.workloadplacement.domain.model.validation.DnsSubdomain;
import io.workloadplacement.domain.model.validation.StepsResolve;
import io.workloadplacement.domain.model.validation.UniqueConfigKeys;
import io.workloadplacement.domain.model.validation.UniqueSteps;
import io.workloadplacement.domain.model.validation.ValidBurstDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * A placement request as the client sent it (section 1 of the contract), wire values as text. It
 * may be invalid: {@code PlacementValidator} reports every violation with its field path, then maps
 * a valid draft to the typed {@link WorkloadPlacementSpec}. Absent config lists are empty; absent
 * required values stay null so that validation can name them.
 */
@AtLeastOneConfig
@UniqueConfigKeys
@UniqueSteps
@StepsResolve
@DistinctClusters
public record PlacementDraft(
    @NotNull @DnsLabel String workspaceName,
    @NotNull @DnsSubdomain String name,
    @NotNull @Size(min = 1, max = 100) List<@NotNull @DnsLabel String> clusters,
    @NotNull @ValidBurstDuration String burstDuration,
    @NotNull @Pattern(regexp = "Delete|Retain", message = "must be Delete or Retain")
        String deletionPolicy,
    List<@NotNull @Valid HelmConfig> helmConfigs,
    List<@NotNull @Valid ManifestResource> manifestResources,
    List<@NotNull @Valid CommandExecution> cmdExec,
    @NotNull @Size(min = 1, max = 300) List<@NotNull @Valid StepDraft> steps) {

  public PlacementDraft {
    clusters = JsonObjects.freezeList(clusters);
    helmConfigs = JsonObjects.freezeOptionalList(helmConfigs);
    manifestResources = JsonObjects.freezeOptionalList(manifestResources);
    cmdExec = JsonObjects.freezeOptionalList(cmdExec);
    steps = JsonObjects.freezeList(steps);
  }

  /**
   * The typed spec this draft asks for.
   *
   * @throws IllegalArgumentException when the draft is not valid; {@code PlacementValidator} says
   *     why, field by field
   */
  public WorkloadPlacementSpec toSpec() {
    return new WorkloadPlacementSpec(
        workspaceName,
        name,
        clusters,
        BurstDuration.parse(burstDuration),
        DeletionPolicy.fromWireName(deletionPolicy)
            .orElseThrow(() -> new IllegalArgumentException("unknown deletionPolicy")),
        helmConfigs,
        manifestResources,
        cmdExec,
        steps.stream().map(StepDraft::toStep).toList());
  }

  /** The helm config a step of type helm named {@code key} runs. */
  public Optional<HelmConfig> helmConfig(String key) {
    return helmConfigs.stream().filter(c -> c != null && key.equals(c.key())).findFirst();
  }

  /** The manifest a step of type manifest named {@code key} applies. */
  public Optional<ManifestResource> manifestResource(String key) {
    return manifestResources.stream().filter(m -> m != null && key.equals(m.name())).findFirst();
  }

  /** The command a step of type command named {@code key} runs. */
  public Optional<CommandExecution> commandExecution(String key) {
    return cmdExec.stream().filter(c -> c != null && key.equals(c.name())).findFirst();
  }

  /** True when {@code step} names a config of its type. */
  public boolean resolves(StepDraft step) {
    return step.stepType()
        .map(
            type ->
                switch (type) {
                  case HELM -> helmConfig(step.name()).isPresent();
                  case MANIFEST -> manifestResource(step.name()).isPresent();
                  case COMMAND -> commandExecution(step.name()).isPresent();
                })
        .orElse(false);
  }
}

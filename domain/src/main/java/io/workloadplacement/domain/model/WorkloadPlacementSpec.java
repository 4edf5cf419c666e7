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
 * Everything a client asks for in a placement (section 1 of the contract). Instances may be
 * invalid: {@code PlacementValidator} reports every violation with its field path. Absent config
 * lists are empty; absent required values stay null so that validation can name them.
 */
@AtLeastOneConfig
@UniqueConfigKeys
@UniqueSteps
@StepsResolve
@DistinctClusters
public record WorkloadPlacementSpec(
    @NotNull @DnsLabel String workspaceName,
    @NotNull @DnsSubdomain String name,
    @NotNull @Size(min = 1, max = 100) List<@NotNull @DnsLabel String> clusters,
    @NotNull @ValidBurstDuration String burstDuration,
    @NotNull @Pattern(regexp = "Delete|Retain", message = "must be Delete or Retain")
        String deletionPolicy,
    List<@NotNull @Valid HelmConfig> helmConfigs,
    List<@NotNull @Valid ManifestResource> manifestResources,
    List<@NotNull @Valid CommandExecution> cmdExec,
    @NotNull @Size(min = 1, max = 300) List<@NotNull @Valid Step> steps) {

  public WorkloadPlacementSpec {
    clusters = JsonObjects.freezeList(clusters);
    helmConfigs = JsonObjects.freezeOptionalList(helmConfigs);
    manifestResources = JsonObjects.freezeOptionalList(manifestResources);
    cmdExec = JsonObjects.freezeOptionalList(cmdExec);
    steps = JsonObjects.freezeList(steps);
  }

  /** The parsed burst duration. Only call on a validated spec. */
  public BurstDuration burst() {
    return BurstDuration.parse(burstDuration);
  }

  /** The parsed deletion policy. Only call on a validated spec. */
  public DeletionPolicy policy() {
    return DeletionPolicy.fromWireName(deletionPolicy)
        .orElseThrow(() -> new IllegalStateException("unvalidated deletionPolicy"));
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
  public boolean resolves(Step step) {
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

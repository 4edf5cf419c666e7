package io.workloadplacement.domain.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a client asked for in a placement, typed (sections 1 and 7 of the contract). Built
 * from a validated {@link PlacementDraft}; it cannot hold an unparsed duration, an unknown policy
 * or step type, or a step that names no config. Without a burstDuration the burst has no timed end;
 * the SDK's fields after {@code steps} are null when not sent.
 */
public record WorkloadPlacementSpec(
    String workspaceName,
    String name,
    List<String> clusters,
    Optional<BurstDuration> burstDuration,
    DeletionPolicy deletionPolicy,
    List<HelmConfig> helmConfigs,
    List<ManifestResource> manifestResources,
    List<CommandExecution> cmdExec,
    List<Step> steps,
    Integer numPlacements,
    String workloadTemplateName,
    String serviceAccountName,
    Boolean enableBurst,
    Boolean enableEGS,
    GprDetails gprDetails) {

  public WorkloadPlacementSpec {
    Objects.requireNonNull(workspaceName, "workspaceName");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(burstDuration, "burstDuration");
    Objects.requireNonNull(deletionPolicy, "deletionPolicy");
    clusters = present(clusters, "clusters");
    helmConfigs = present(helmConfigs, "helmConfigs");
    manifestResources = present(manifestResources, "manifestResources");
    cmdExec = present(cmdExec, "cmdExec");
    steps = present(steps, "steps");
    if (clusters.isEmpty() || steps.isEmpty()) {
      throw new IllegalArgumentException("a placement needs a cluster and a step");
    }
    for (Step step : steps) {
      if (!resolves(step, helmConfigs, manifestResources, cmdExec)) {
        throw new IllegalArgumentException("step " + step + " names no config");
      }
    }
  }

  /** This spec as a draft, wire values as text: what an update merges into. */
  public PlacementDraft toDraft() {
    return new PlacementDraft(
        workspaceName,
        name,
        clusters,
        burstDuration.map(BurstDuration::text).orElse(null),
        deletionPolicy.wireName(),
        helmConfigs,
        manifestResources,
        cmdExec,
        steps.stream().map(Step::toDraft).toList(),
        numPlacements,
        workloadTemplateName,
        serviceAccountName,
        enableBurst,
        enableEGS,
        gprDetails);
  }

  /** This spec with {@code enableEGS} set to {@code enabled}. */
  public WorkloadPlacementSpec withEnableEgs(boolean enabled) {
    return new WorkloadPlacementSpec(
        workspaceName,
        name,
        clusters,
        burstDuration,
        deletionPolicy,
        helmConfigs,
        manifestResources,
        cmdExec,
        steps,
        numPlacements,
        workloadTemplateName,
        serviceAccountName,
        enableBurst,
        enabled,
        gprDetails);
  }

  /** What this placement asks of the GPUs of each of its clusters ({@link GpuDemand#of}). */
  public GpuDemand gpuDemand() {
    return GpuDemand.of(this);
  }

  /** The helm config a step of type helm named {@code key} runs. */
  public Optional<HelmConfig> helmConfig(String key) {
    return helmConfig(helmConfigs, key);
  }

  /** The manifest a step of type manifest named {@code key} applies. */
  public Optional<ManifestResource> manifestResource(String key) {
    return manifestResources.stream().filter(m -> key.equals(m.name())).findFirst();
  }

  /** The command a step of type command named {@code key} runs. */
  public Optional<CommandExecution> commandExecution(String key) {
    return cmdExec.stream().filter(c -> key.equals(c.name())).findFirst();
  }

  private static <T> List<T> present(List<T> list, String field) {
    if (list == null || list.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(field + " must be a list without nulls");
    }
    return List.copyOf(list);
  }

  private static Optional<HelmConfig> helmConfig(List<HelmConfig> configs, String key) {
    return configs.stream().filter(c -> key.equals(c.key())).findFirst();
  }

  private static boolean resolves(
      Step step,
      List<HelmConfig> helmConfigs,
      List<ManifestResource> manifestResources,
      List<CommandExecution> cmdExec) {
    String key = step.name();
    return switch (step.type()) {
      case HELM -> helmConfig(helmConfigs, key).isPresent();
      case MANIFEST -> manifestResources.stream().anyMatch(m -> key.equals(m.name()));
      case COMMAND -> cmdExec.stream().anyMatch(c -> key.equals(c.name()));
    };
  }
}

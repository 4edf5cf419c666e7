package io.workloadplacement.k8s.controller;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.workloadplacement.domain.model.CommandExecution;
import io.workloadplacement.domain.model.HelmConfig;
import io.workloadplacement.domain.model.ManifestResource;
import io.workloadplacement.k8s.steps.CommandStepExecutor;
import io.workloadplacement.k8s.steps.HelmJavaRunner;
import io.workloadplacement.k8s.steps.HelmRunner;
import io.workloadplacement.k8s.steps.HelmStepExecutor;
import io.workloadplacement.k8s.steps.ManifestStepExecutor;
import io.workloadplacement.k8s.steps.StepExecutor;
import java.util.Objects;

/** The executor of each kind of step the controller runs. */
public record StepExecutors(
    StepExecutor<ManifestResource> manifest,
    StepExecutor<CommandExecution> command,
    StepExecutor<HelmConfig> helm) {

  public StepExecutors {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(helm, "helm");
  }

  /**
   * The real ones: server-side apply, the kubectl allowlist, and Helm in process, reading chart
   * repository credentials from Secrets in {@code namespace} through {@code hub}.
   */
  public static StepExecutors standard(KubernetesClient hub, String namespace) {
    return of(hub, namespace, ManifestStepExecutor.Verb.SERVER_SIDE_APPLY, new HelmJavaRunner());
  }

  /**
   * The real executors, but manifests written with {@code manifestVerb} and Helm run by {@code
   * helm}: what a test on a mock API server, with Helm faked, composes.
   */
  public static StepExecutors of(
      KubernetesClient hub,
      String namespace,
      ManifestStepExecutor.Verb manifestVerb,
      HelmRunner helm) {
    return new StepExecutors(
        new ManifestStepExecutor(manifestVerb),
        new CommandStepExecutor(),
        new HelmStepExecutor(hub, namespace, helm));
  }
}

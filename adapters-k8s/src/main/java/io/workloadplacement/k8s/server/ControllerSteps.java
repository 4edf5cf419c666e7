package io.workloadplacement.k8s.server;

import io.workloadplacement.k8s.steps.HelmRunner;
import io.workloadplacement.k8s.steps.ManifestStepExecutor;
import java.util.Objects;

/**
 * How the controller carries out steps when not as in production (server-side apply, Helm in
 * process): a test's seam, for a mock API server, which has no server-side apply, and a faked Helm.
 *
 * @param manifestVerb how manifest objects are written
 * @param helm what runs Helm
 */
record ControllerSteps(ManifestStepExecutor.Verb manifestVerb, HelmRunner helm) {

  ControllerSteps {
    Objects.requireNonNull(manifestVerb, "manifestVerb");
    Objects.requireNonNull(helm, "helm");
  }
}

package io.workloadplacement.k8s.server;

import io.workloadplacement.k8s.steps.HelmRelease;
import io.workloadplacement.k8s.steps.HelmRunner;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Helm faked behind its port for the server's composition: records installs and uninstalls; with a
 * gate, holds each install there until the test opens it or the controller is stopped.
 */
final class RecordingHelm implements HelmRunner {

  final List<HelmRelease> installed = new CopyOnWriteArrayList<>();
  final List<String> uninstalled = new CopyOnWriteArrayList<>();
  final CountDownLatch holding = new CountDownLatch(1);
  volatile CountDownLatch gate;

  @Override
  public String upgradeInstall(HelmRelease release) {
    CountDownLatch closed = gate;
    if (closed != null) {
      holding.countDown();
      try {
        closed.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HelmFailure("interrupted", e);
      }
    }
    installed.add(release);
    return "helm release " + release.releaseName() + " deployed";
  }

  @Override
  public String uninstall(String releaseName, String namespace, String kubeconfig) {
    uninstalled.add(releaseName);
    return "release \"" + releaseName + "\" uninstalled";
  }
}

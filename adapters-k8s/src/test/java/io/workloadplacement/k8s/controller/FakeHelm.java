package io.workloadplacement.k8s.controller;

import io.workloadplacement.k8s.steps.HelmRelease;
import io.workloadplacement.k8s.steps.HelmRunner;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Helm faked behind its port: records installs and uninstalls; fails installs when told to; holds
 * an install at a gate, when given one, until the test opens it or the controller is stopped.
 */
final class FakeHelm implements HelmRunner {

  final List<HelmRelease> installed = new CopyOnWriteArrayList<>();
  final List<String> uninstalled = new CopyOnWriteArrayList<>();
  final CountDownLatch holding = new CountDownLatch(1);
  volatile String failure;
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
    if (failure != null) {
      throw new HelmFailure(failure, null);
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

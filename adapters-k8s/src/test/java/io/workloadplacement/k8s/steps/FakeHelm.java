package io.workloadplacement.k8s.steps;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Helm faked behind its port, for every test that runs helm steps: records installs and uninstalls;
 * fails installs when told to; holds an install at a gate, when given one, until the test opens it
 * or the controller is stopped (which interrupts it).
 */
public final class FakeHelm implements HelmRunner {

  /** The releases installed, in order. */
  public final List<HelmRelease> installed = new CopyOnWriteArrayList<>();

  /** The release names uninstalled, in order. */
  public final List<String> uninstalled = new CopyOnWriteArrayList<>();

  /** Each uninstall as "RELEASE in NAMESPACE with KUBECONFIG". */
  public final List<String> uninstallCalls = new CopyOnWriteArrayList<>();

  /** Counted down when an install reaches the gate. */
  public final CountDownLatch holding = new CountDownLatch(1);

  /** When set, every install fails with this message. */
  public volatile String failure;

  /** When set, every install waits for it. */
  public volatile CountDownLatch gate;

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
    return "helm release " + release.releaseName() + " deployed (revision 1)";
  }

  @Override
  public String uninstall(String releaseName, String namespace, String kubeconfig) {
    uninstalled.add(releaseName);
    uninstallCalls.add(releaseName + " in " + namespace + " with " + kubeconfig);
    return "release \"" + releaseName + "\" uninstalled";
  }
}

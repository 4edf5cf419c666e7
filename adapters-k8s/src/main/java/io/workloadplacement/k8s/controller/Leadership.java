package io.workloadplacement.k8s.controller;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderCallbacks;
import io.fabric8.kubernetes.client.extended.leaderelection.LeaderElectionConfigBuilder;
import io.fabric8.kubernetes.client.extended.leaderelection.resourcelock.LeaseLock;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This replica's part in electing the one that drives placements: a fabric8 {@code LeaderElector}
 * on a Lease. {@code onStart} runs when it becomes the leader, {@code onStop} when it stops being
 * one (lost, or closed); a loss while not closing also runs the settings' {@code onLost}. The Lease
 * is released on close, so another replica takes over without waiting for it to expire.
 */
final class Leadership implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Leadership.class);

  private final KubernetesClient hub;
  private final String namespace;
  private final LeaderElectionSettings settings;
  private final Runnable onStart;
  private final Runnable onStop;
  private volatile boolean closing;
  private CompletableFuture<?> election;

  Leadership(
      KubernetesClient hub,
      String namespace,
      LeaderElectionSettings settings,
      Runnable onStart,
      Runnable onStop) {
    this.hub = hub;
    this.namespace = namespace;
    this.settings = settings;
    this.onStart = onStart;
    this.onStop = onStop;
  }

  /** Joins the election; returns at once. */
  synchronized void start() {
    String identity = settings.identity();
    election =
        hub.leaderElector()
            .withConfig(
                new LeaderElectionConfigBuilder()
                    .withName(settings.leaseName())
                    .withLock(new LeaseLock(namespace, settings.leaseName(), identity))
                    .withLeaseDuration(settings.leaseDuration())
                    .withRenewDeadline(settings.renewDeadline())
                    .withRetryPeriod(settings.retryPeriod())
                    .withReleaseOnCancel(true)
                    .withLeaderCallbacks(
                        new LeaderCallbacks(
                            this::started,
                            this::stopped,
                            leader -> log.info("{} leads placement driving", leader)))
                    .build())
            .build()
            .start();
    election.whenComplete(
        (done, failure) -> {
          if (failure != null && !closing) {
            log.warn("leader election of {} ended: {}", identity, failure.toString());
          }
        });
  }

  private void started() {
    log.info(
        "{} became the leader (Lease {}/{})", settings.identity(), namespace, settings.leaseName());
    if (!closing) {
      onStart.run();
    }
  }

  private void stopped() {
    onStop.run();
    if (!closing) {
      log.warn(
          "{} lost leadership (Lease {}/{})", settings.identity(), namespace, settings.leaseName());
      settings.onLost().run();
    }
  }

  /** Leaves the election, releasing the Lease when this replica holds it. */
  @Override
  public synchronized void close() {
    closing = true;
    if (election != null) {
      election.cancel(true);
      election = null;
    }
  }
}

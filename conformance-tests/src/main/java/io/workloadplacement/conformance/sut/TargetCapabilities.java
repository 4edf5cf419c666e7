package io.workloadplacement.conformance.sut;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the suite may assume of a target and what it may touch.
 *
 * @param name the target's name in reports
 * @param remote a deployment the suite does not own: it only touches placements named with the run
 *     prefix and cleans up what it can
 * @param autonomousLifecycle placements may move through the lifecycle without the suite asking
 *     (the model then allows every status still reachable)
 * @param runPrefix every placement the suite creates is named with this prefix
 * @param workspaces workspaces placements may be created in (the first is the default)
 * @param clusters clusters belonging to every one of {@code workspaces}
 * @param pollTimeout how long to poll for the lifecycle when time cannot be controlled
 * @param pollInterval the pause between two polls
 * @param watch the target serves the watch stream ({@code GET /api/v1/workload-placement/watch},
 *     server-sent events as the simulator sends them), so the lifecycle can also be observed there
 * @param currentRevision the target speaks contract section 7 (the revision the vendor's SDK
 *     speaks) beside v1.15, so the suite sends and expects both; false checks v1.15 alone
 */
public record TargetCapabilities(
    String name,
    boolean remote,
    boolean autonomousLifecycle,
    String runPrefix,
    List<String> workspaces,
    List<String> clusters,
    Duration pollTimeout,
    Duration pollInterval,
    boolean watch,
    boolean currentRevision) {

  public TargetCapabilities {
    workspaces = List.copyOf(workspaces);
    clusters = List.copyOf(clusters);
    if (workspaces.isEmpty() || clusters.isEmpty()) {
      throw new IllegalArgumentException("at least one workspace and one cluster are needed");
    }
  }

  /**
   * An in-process target the suite owns: two workspaces and four clusters (a simulator without
   * topology accepts any), lifecycle driven only by the suite, no watch.
   */
  public static TargetCapabilities local(String name) {
    return new TargetCapabilities(
        name,
        false,
        false,
        freshRunPrefix(),
        List.of("conf-ws-a", "conf-ws-b"),
        List.of("conf-c1", "conf-c2", "conf-c3", "conf-c4"),
        Duration.ofSeconds(5),
        Duration.ofMillis(20),
        false,
        true);
  }

  /** A fresh prefix per run, so two runs against one deployment never share a placement. */
  public static String freshRunPrefix() {
    return "cf"
        + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36)
            .toLowerCase(Locale.ROOT);
  }

  public TargetCapabilities withAutonomousLifecycle(boolean autonomous) {
    return new TargetCapabilities(
        name,
        remote,
        autonomous,
        runPrefix,
        workspaces,
        clusters,
        pollTimeout,
        pollInterval,
        watch,
        currentRevision);
  }

  public TargetCapabilities asRemote() {
    return new TargetCapabilities(
        name,
        true,
        true,
        runPrefix,
        workspaces,
        clusters,
        pollTimeout,
        pollInterval,
        watch,
        currentRevision);
  }

  public TargetCapabilities withPolling(Duration timeout, Duration interval) {
    return new TargetCapabilities(
        name,
        remote,
        autonomousLifecycle,
        runPrefix,
        workspaces,
        clusters,
        timeout,
        interval,
        watch,
        currentRevision);
  }

  /** The same, with or without the watch stream. */
  public TargetCapabilities withWatch(boolean serves) {
    return new TargetCapabilities(
        name,
        remote,
        autonomousLifecycle,
        runPrefix,
        workspaces,
        clusters,
        pollTimeout,
        pollInterval,
        serves,
        currentRevision);
  }

  /** The same, speaking section 7 beside v1.15 ({@code true}) or v1.15 alone. */
  public TargetCapabilities withCurrentRevision(boolean speaks) {
    return new TargetCapabilities(
        name,
        remote,
        autonomousLifecycle,
        runPrefix,
        workspaces,
        clusters,
        pollTimeout,
        pollInterval,
        watch,
        speaks);
  }
}

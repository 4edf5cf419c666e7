package io.workloadplacement.simulator.topology;

import io.workloadplacement.domain.model.StepType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How long each part of the lifecycle takes in simulated time.
 *
 * @param admission Pending to Queued
 * @param provisioning from GPUs granted to InProgress (nodes coming up)
 * @param command one command step
 * @param manifest one manifest step
 * @param helm one helm step
 */
public record TimingProfile(
    Duration admission, Duration provisioning, Duration command, Duration manifest, Duration helm) {

  /** The keys {@link #with} accepts, as in the topology file and the CLI. */
  public static final Set<String> KEYS =
      Set.of("admission", "provisioning", "command", "manifest", "helm");

  public TimingProfile {
    requireNotNegative(admission, "admission");
    requireNotNegative(provisioning, "provisioning");
    requireNotNegative(command, "command");
    requireNotNegative(manifest, "manifest");
    requireNotNegative(helm, "helm");
  }

  /** Admission 2s, provisioning 10s, command 2s, manifest 1s, helm 15s. */
  public static TimingProfile defaults() {
    return new TimingProfile(
        Duration.ofSeconds(2),
        Duration.ofSeconds(10),
        Duration.ofSeconds(2),
        Duration.ofSeconds(1),
        Duration.ofSeconds(15));
  }

  /** How long a step of {@code type} takes. */
  public Duration forStep(StepType type) {
    return switch (type) {
      case COMMAND -> command;
      case MANIFEST -> manifest;
      case HELM -> helm;
    };
  }

  /** This profile with the timing {@code key} set to {@code value}. */
  public TimingProfile with(String key, Duration value) {
    return switch (key) {
      case "admission" -> new TimingProfile(value, provisioning, command, manifest, helm);
      case "provisioning" -> new TimingProfile(admission, value, command, manifest, helm);
      case "command" -> new TimingProfile(admission, provisioning, value, manifest, helm);
      case "manifest" -> new TimingProfile(admission, provisioning, command, value, helm);
      case "helm" -> new TimingProfile(admission, provisioning, command, manifest, value);
      default ->
          throw new IllegalArgumentException(
              "unknown timing \"" + key + "\": expected one of " + String.join(", ", sorted()));
    };
  }

  /** This profile with every timing of {@code overrides} set. */
  public TimingProfile withAll(Map<String, Duration> overrides) {
    TimingProfile result = this;
    for (Map.Entry<String, Duration> e : overrides.entrySet()) {
      result = result.with(e.getKey(), e.getValue());
    }
    return result;
  }

  private static List<String> sorted() {
    return KEYS.stream().sorted().toList();
  }

  private static void requireNotNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException("timing " + name + " must not be negative");
    }
  }
}

package io.workloadplacement.k8s;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.workloadplacement.domain.failure.PlacementValidationException;
import io.workloadplacement.domain.model.FieldViolation;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bound on what one {@code WorkloadPlacement} object may take up in the store. etcd refuses a
 * request over 1.5 MiB by default, and a placement that outgrows it could never be written again,
 * not even as Failed. So a write is refused before it is sent when the object, with the most its
 * step results can ever take, would exceed {@link #LIMIT_BYTES}; and each step result is kept
 * within a fixed budget (its message shortened), so a placement that was accepted always fits.
 */
final class StoredSize {

  /** What one object may take, leaving room under etcd's 1.5 MiB for managedFields and others. */
  static final int LIMIT_BYTES = 1_310_720;

  /** The longest step result message kept, in characters. */
  static final int STEP_MESSAGE_CHARS = 128;

  /**
   * The most one step result takes besides its step's name: keys and punctuation, type, success,
   * duration, and a message of {@link #STEP_MESSAGE_CHARS} characters of up to 3 bytes each.
   */
  static final int STEP_RESULT_BYTES = 160 + 3 * STEP_MESSAGE_CHARS;

  /** The most one cluster's decision takes besides its step results. */
  static final int DECISION_BYTES = 400;

  /** Room for the rest of the status: its fields, message and a few conditions. */
  static final int STATUS_BYTES = 16_384;

  private static final KubernetesSerialization JSON = new KubernetesSerialization();

  private StoredSize() {}

  /** The longest status or condition message kept, in characters. */
  static final int STATUS_MESSAGE_CHARS = 1024;

  /** {@code message} within the step result budget. */
  static String stepMessage(String message) {
    return shortened(message, STEP_MESSAGE_CHARS);
  }

  /** {@code message} within the budget of the status's own and its conditions' messages. */
  static String statusMessage(String message) {
    return shortened(message, STATUS_MESSAGE_CHARS);
  }

  /** {@code message} without control characters, cut to {@code max} characters with an ellipsis. */
  private static String shortened(String message, int max) {
    if (message == null) {
      return null;
    }
    if (message.length() <= max) {
      return message.replaceAll("\\p{Cntrl}", " ");
    }
    int end = max - 1;
    if (Character.isHighSurrogate(message.charAt(end - 1))) {
      end--;
    }
    // cut first: a long message is not scanned past what is kept
    return message.substring(0, end).replaceAll("\\p{Cntrl}", " ") + "\u2026";
  }

  /**
   * Refuses {@code resource} when it could outgrow the limit.
   *
   * @throws PlacementValidationException naming the part that takes the most room
   */
  static void check(WorkloadPlacementResource resource) {
    WorkloadPlacementResource.Spec spec = resource.getSpec();
    WorkloadPlacementResource.Status status = resource.getStatus();
    resource.setStatus(null);
    long request;
    try {
      request = bytes(resource);
    } finally {
      resource.setStatus(status);
    }
    long results = stepResultsAtMost(spec);
    long total = request + results + STATUS_BYTES;
    if (total <= LIMIT_BYTES) {
      return;
    }
    Map<String, Long> parts = new LinkedHashMap<>();
    parts.put("steps", results);
    parts.put("helmConfigs", bytes(spec.helmConfigs()));
    parts.put("manifestResources", bytes(spec.manifestResources()));
    parts.put("cmdExec", bytes(spec.cmdExec()));
    String largest =
        parts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    throw new PlacementValidationException(
        List.of(
            new FieldViolation(
                largest,
                "the placement would take up to "
                    + total
                    + " bytes in the Kubernetes store (the request "
                    + request
                    + " bytes, the step results of "
                    + count(spec.clusters())
                    + " clusters x "
                    + count(spec.steps())
                    + " steps up to "
                    + results
                    + " bytes), over its limit of "
                    + LIMIT_BYTES
                    + " bytes")));
  }

  /** The most the step results of every cluster can take once every step has run. */
  private static long stepResultsAtMost(WorkloadPlacementResource.Spec spec) {
    long perCluster = DECISION_BYTES;
    if (spec.steps() != null) {
      for (WorkloadPlacementResource.Step step : spec.steps()) {
        String name = step == null || step.name() == null ? "" : step.name();
        perCluster += STEP_RESULT_BYTES + name.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return perCluster * count(spec.clusters());
  }

  private static int count(List<?> list) {
    return list == null ? 0 : list.size();
  }

  private static long bytes(Object value) {
    return value == null ? 0 : JSON.asJson(value).getBytes(StandardCharsets.UTF_8).length;
  }
}

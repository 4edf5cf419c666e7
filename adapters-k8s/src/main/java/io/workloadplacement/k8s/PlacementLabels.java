package io.workloadplacement.k8s;

import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.ProvisioningStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels and annotations this adapter puts on a {@code WorkloadPlacement}. The list filters are
 * labels so the API server does the filtering; the timestamps and the write stamp are annotations
 * because nothing selects on them.
 */
final class PlacementLabels {

  private static final String PREFIX = "workloadplacement.io/";

  /** Label: the placement's workspace (a DNS-1123 label, so always a valid label value). */
  static final String WORKSPACE = PREFIX + "workspace";

  /** Label: the placement's provisioning status, kept in step with the status on every write. */
  static final String PROVISIONING_STATUS = PREFIX + "provisioning-status";

  /** Annotation: the domain's {@code createdAt}, RFC 3339 to the nanosecond. */
  static final String CREATED_AT = PREFIX + "created-at";

  /** Annotation: the domain's {@code updatedAt}, absent while no client changed the spec. */
  static final String UPDATED_AT = PREFIX + "updated-at";

  /**
   * Annotation: a fresh value on every write. The API server keeps the resourceVersion of an update
   * that changes nothing, but the domain's repository promises a new version on every write; this
   * stamp makes every write a change.
   */
  static final String WRITE_STAMP = PREFIX + "write-stamp";

  private PlacementLabels() {}

  /** The labels of a placement in {@code workspace} with {@code status}. */
  static Map<String, String> of(String workspace, ProvisioningStatus status) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(WORKSPACE, workspace);
    labels.put(PROVISIONING_STATUS, status.wireName());
    return labels;
  }

  /** The equality label selector that matches exactly what {@code filter} matches. */
  static Map<String, String> selectorFor(PlacementFilter filter) {
    Map<String, String> selector = new LinkedHashMap<>();
    filter.workspaceName().ifPresent(workspace -> selector.put(WORKSPACE, workspace));
    filter
        .provisioningStatus()
        .ifPresent(status -> selector.put(PROVISIONING_STATUS, status.wireName()));
    return selector;
  }
}

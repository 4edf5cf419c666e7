package io.workloadplacement.simulator.fault;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The client-facing API calls a fault rule can target. */
public enum ApiOperation {
  CREATE,
  LIST,
  GET,
  UPDATE,
  DELETE;

  /** The spelling of the control API: {@code create}, {@code list}... */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The operation spelled {@code text} (case-insensitive), if any. */
  public static Optional<ApiOperation> fromWireName(String text) {
    return Arrays.stream(values()).filter(o -> o.wireName().equalsIgnoreCase(text)).findFirst();
  }
}

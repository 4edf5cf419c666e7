package io.workloadplacement.conformance.sut;

import java.util.Map;
import java.util.Optional;

/**
 * A system under test, seen at the HTTP level: the vendor's API, and optionally the simulator's
 * control API. In-process targets start the real app on port 0 and wrap it in an {@link
 * HttpApiTarget}, so the suite only ever speaks HTTP.
 */
public interface ApiTarget {

  /**
   * Sends one request.
   *
   * @param method the HTTP method
   * @param path the path with its query, for example {@code /api/v1/workload-placement?limit=2}
   * @param jsonBodyOrNull the body, sent as {@code application/json} unless {@code headers} set a
   *     Content-Type; null for none
   * @param headers extra request headers
   */
  Response send(String method, String path, String jsonBodyOrNull, Map<String, String> headers);

  /**
   * Opens a server-sent event stream with {@code GET path} (the watch) and returns once its headers
   * arrived. Only for targets whose {@link TargetCapabilities#watch()} is set.
   *
   * @throws UnsupportedOperationException on a target that cannot stream
   */
  default EventStream stream(String path) {
    throw new UnsupportedOperationException(this + " cannot open a stream");
  }

  /** The simulator's control API, when the target has one. */
  default Optional<SimulatorControl> control() {
    return Optional.empty();
  }
}

package io.workloadplacement.domain.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message of a Queued status, one shared instance per list of clusters: a million Queued
 * placements each kept their own copy of the same words. Bounded, so unusual lists of clusters
 * cannot grow it without end; past the bound each gets its own copy, as before.
 */
final class QueuedMessage {

  private static final int MAX_SHARED = 4096;
  // a memo of a pure function, not state: any instance of a message is as good as another
  private static final Map<List<String>, String> SHARED = new ConcurrentHashMap<>();

  private QueuedMessage() {}

  /** "Waiting for one GPU on each of the clusters a, b". */
  static String waitingOn(List<String> clusters) {
    String message = SHARED.get(clusters);
    if (message != null) {
      return message;
    }
    message = "Waiting for one GPU on each of the clusters " + String.join(", ", clusters);
    if (SHARED.size() < MAX_SHARED) {
      String earlier = SHARED.putIfAbsent(List.copyOf(clusters), message);
      return earlier != null ? earlier : message;
    }
    return message;
  }
}

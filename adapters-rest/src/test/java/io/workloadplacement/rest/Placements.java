package io.workloadplacement.rest;

/** Request bodies of small valid placements, for tests that need several. */
final class Placements {

  private Placements() {}

  /** A valid placement {@code name} in {@code workspace}: one command on worker-1. */
  static String json(String workspace, String name) {
    return String.format(
        "{\"workspaceName\":\"%s\",\"name\":\"%s\",\"clusters\":[\"worker-1\"],"
            + "\"burstDuration\":\"1h\",\"deletionPolicy\":\"Delete\","
            + "\"cmdExec\":[{\"name\":\"hello\",\"cmd\":\"kubectl version\"}],"
            + "\"steps\":[{\"name\":\"hello\",\"type\":\"command\"}]}",
        workspace, name);
  }
}

package io.workloadplacement.conformance.model;

import static io.workloadplacement.conformance.model.Status.COMPLETED;
import static io.workloadplacement.conformance.model.Status.FAILED;
import static io.workloadplacement.conformance.model.Status.IN_PROGRESS;
import static io.workloadplacement.conformance.model.Status.PENDING;
import static io.workloadplacement.conformance.model.Status.QUEUED;
import static io.workloadplacement.conformance.model.Status.SUCCESSFUL;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The lifecycle graph of section 3 of the contract: the only transitions that exist. */
public final class Lifecycle {

  private static final Map<Status, Set<Status>> NEXT =
      Map.of(
          PENDING, EnumSet.of(QUEUED),
          QUEUED, EnumSet.of(IN_PROGRESS, FAILED),
          IN_PROGRESS, EnumSet.of(SUCCESSFUL, FAILED),
          SUCCESSFUL, EnumSet.of(COMPLETED),
          COMPLETED, EnumSet.noneOf(Status.class),
          FAILED, EnumSet.noneOf(Status.class));

  private Lifecycle() {}

  /** The statuses one transition away from {@code from}. */
  public static Set<Status> successors(Status from) {
    return EnumSet.copyOf(NEXT.get(from));
  }

  /** Every status reachable from any of {@code from} in zero or more transitions. */
  public static EnumSet<Status> reachable(Set<Status> from) {
    EnumSet<Status> seen = EnumSet.noneOf(Status.class);
    Deque<Status> todo = new ArrayDeque<>(from);
    while (!todo.isEmpty()) {
      Status s = todo.pop();
      if (seen.add(s)) {
        todo.addAll(NEXT.get(s));
      }
    }
    return seen;
  }
}

package io.workloadplacement.simulator.clock;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The scheduler's actions in order of due time, then of scheduling. Most actions come in that order
 * already (a burst of creates under a manual clock schedules a million admissions at one instant,
 * each after the one before): those go to the back of a plain line, O(1) in and out; only an action
 * due before the line's last one goes to a heap. The first action is the earlier of the two heads.
 * Not thread-safe: the scheduler's lock guards it.
 */
final class TimerQueue {

  /** Due time, then order of scheduling: sequences are unique, so no two actions tie. */
  static final Comparator<ScheduledAction> ORDER =
      (a, b) -> {
        int byDue = a.due().compareTo(b.due());
        return byDue != 0 ? byDue : Long.compare(a.sequence(), b.sequence());
      };

  private final ArrayDeque<ScheduledAction> inOrder = new ArrayDeque<>();
  private final PriorityQueue<ScheduledAction> outOfOrder = new PriorityQueue<>(ORDER);

  /** Adds {@code action}, which must have been scheduled after every action added so far. */
  void add(ScheduledAction action) {
    ScheduledAction last = inOrder.peekLast();
    if (last == null || ORDER.compare(last, action) < 0) {
      inOrder.addLast(action);
    } else {
      outOfOrder.add(action);
    }
  }

  /** The first action, or null when there is none. */
  ScheduledAction peek() {
    ScheduledAction line = inOrder.peekFirst();
    ScheduledAction heap = outOfOrder.peek();
    if (line == null) {
      return heap;
    }
    return heap == null || ORDER.compare(line, heap) < 0 ? line : heap;
  }

  /** Removes and returns the first action, or null when there is none. */
  ScheduledAction poll() {
    ScheduledAction first = peek();
    if (first != null) {
      if (first == inOrder.peekFirst()) {
        inOrder.pollFirst();
      } else {
        outOfOrder.poll();
      }
    }
    return first;
  }

  /** How many actions it holds. */
  int size() {
    return inOrder.size() + outOfOrder.size();
  }

  /** Calls {@code action} for every action held, in no particular order. */
  void forEach(Consumer<ScheduledAction> action) {
    inOrder.forEach(action);
    outOfOrder.forEach(action);
  }

  /** Removes every action {@code filter} accepts. */
  void removeIf(Predicate<ScheduledAction> filter) {
    inOrder.removeIf(filter);
    outOfOrder.removeIf(filter);
  }

  /** Removes every action. */
  void clear() {
    inOrder.clear();
    outOfOrder.clear();
  }
}

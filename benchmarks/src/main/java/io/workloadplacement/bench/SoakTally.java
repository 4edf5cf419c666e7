package io.workloadplacement.bench;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a soak saw: answers counted by operation and HTTP status, whether each status was one the
 * operation may answer, requests that got no answer, the watch streams' frames, and the rules the
 * final state breaks.
 */
final class SoakTally {

  private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
  private final LongAdder serverErrors = new LongAdder();
  private final LongAdder unexpected = new LongAdder();
  private final LongAdder transportErrors = new LongAdder();
  private final LongAdder watches = new LongAdder();
  private final LongAdder events = new LongAdder();
  private final LongAdder badFrames = new LongAdder();
  private final LongAdder brokenRules = new LongAdder();
  private volatile String firstProblem = "";

  /** Counts {@code status} for {@code operation}, which may answer only {@code expected}. */
  void answer(String operation, int status, Set<Integer> expected, String body) {
    answers.computeIfAbsent(operation + " " + status, k -> new LongAdder()).increment();
    if (status >= 500) {
      serverErrors.increment();
      problem(operation + " answered " + status + ": " + body);
    } else if (!expected.contains(status)) {
      unexpected.increment();
      problem(operation + " answered " + status + ": " + body);
    }
  }

  /** A request that got no answer: the connection failed or was reset. */
  void transportError(String operation, Exception e) {
    transportErrors.increment();
    problem(operation + " got no answer: " + e);
  }

  void watchOpened() {
    watches.increment();
  }

  void event() {
    events.increment();
  }

  /** A frame of the watch that is not what the stream promises. */
  void badFrame(String what) {
    badFrames.increment();
    problem("bad watch frame: " + what);
  }

  /** A rule the simulator's state breaks, found by {@link SoakAudit}. */
  void brokenRule(String what) {
    brokenRules.increment();
    problem(what);
  }

  private void problem(String what) {
    if (firstProblem.isEmpty()) {
      firstProblem = what.length() > 400 ? what.substring(0, 400) + "..." : what;
    }
  }

  /** True when nothing went wrong. */
  boolean clean() {
    return serverErrors.sum() == 0
        && unexpected.sum() == 0
        && transportErrors.sum() == 0
        && badFrames.sum() == 0
        && brokenRules.sum() == 0;
  }

  /** One {@code key=value} line per figure, then {@code answer <operation> <status>=<count>}. */
  void print(double seconds) {
    long requests = answers.values().stream().mapToLong(LongAdder::sum).sum();
    line("seconds", String.format("%.0f", seconds));
    line("requests", requests);
    line("requests_per_second", String.format("%.0f", requests / seconds));
    line("answers_5xx", serverErrors.sum());
    line("answers_unexpected", unexpected.sum());
    line("no_answer", transportErrors.sum());
    line("watches_opened", watches.sum());
    line("watch_events", events.sum());
    line("watch_bad_frames", badFrames.sum());
    line("broken_rules", brokenRules.sum());
    line("first_problem", firstProblem.replace('\n', ' '));
    new TreeMap<>(answers).forEach((k, v) -> line("answer " + k, v.sum()));
  }

  private static void line(String key, Object value) {
    System.out.println(key + "=" + value);
  }
}

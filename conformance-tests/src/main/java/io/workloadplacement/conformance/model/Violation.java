package io.workloadplacement.conformance.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One violation the model expects a 400 to report, with the field paths that may name it. Paths use
 * the contract's syntax ({@code helmConfigs[0].releaseName}). An {@linkplain #at element path} also
 * accepts a deeper path ({@code steps[2]} accepts {@code steps[2].name}); a {@linkplain #exactly
 * list-level path} accepts only itself, so {@code steps} never excuses a random element.
 *
 * @param description what is wrong, for failure messages
 * @param paths the acceptable paths, as patterns on the reported {@code field}
 */
public record Violation(String description, List<Pattern> paths) {

  public Violation {
    paths = List.copyOf(paths);
  }

  /** A violation at {@code path} or anything below it. */
  public static Violation at(String description, String... paths) {
    return new Violation(
        description, java.util.Arrays.stream(paths).map(Violation::orDeeper).toList());
  }

  /** A violation reported at exactly one of {@code paths}. */
  public static Violation exactly(String description, String... paths) {
    return new Violation(
        description,
        java.util.Arrays.stream(paths).map(p -> Pattern.compile(Pattern.quote(p))).toList());
  }

  /** This violation, also accepted at {@code more} (exact). */
  public Violation orExactly(String... more) {
    List<Pattern> all = new java.util.ArrayList<>(paths);
    for (String p : more) {
      all.add(Pattern.compile(Pattern.quote(p)));
    }
    return new Violation(description, all);
  }

  /** The first acceptable path as written, for a test double that must report one. */
  public String primaryPath() {
    String p = paths.get(0).pattern();
    return p.substring(2, p.indexOf("\\E"));
  }

  /** True when a reported {@code field} names this violation. */
  public boolean namedBy(String field) {
    return field != null && paths.stream().anyMatch(p -> p.matcher(field).matches());
  }

  private static Pattern orDeeper(String path) {
    return Pattern.compile(Pattern.quote(path) + "([.\\[].*)?");
  }

  @Override
  public String toString() {
    return description + " at " + paths.stream().map(Pattern::pattern).toList();
  }
}

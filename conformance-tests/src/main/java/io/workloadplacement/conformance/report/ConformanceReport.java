package io.workloadplacement.conformance.report;

import io.workloadplacement.conformance.kit.PropertyResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The human-readable summary of a run, beside Surefire's JUnit XML: per target, each property
 * passed, failed or skipped, and for each failure the seed and the minimal failing sequence.
 * Results accumulate over the test classes of one JVM and the file is rewritten after each, so it
 * always holds everything that ran.
 */
public final class ConformanceReport {

  private static final Map<String, List<Row>> SECTIONS = new LinkedHashMap<>();

  /** One line of the report: a property's result, or a mutant and whether the suite caught it. */
  public record Row(String name, String outcome, String detail, PropertyResult result) {}

  private ConformanceReport() {}

  /** Records {@code result} of a property run against {@code target}. */
  public static synchronized void record(String target, PropertyResult result) {
    record(target, result, null);
  }

  /** Records {@code result} of a property run against {@code target}, which took {@code took}. */
  public static synchronized void record(String target, PropertyResult result, Duration took) {
    String outcome;
    String detail;
    if (result instanceof PropertyResult.Passed p) {
      outcome = "passed";
      detail = p.tries() + " tries, seed " + p.seed();
    } else if (result instanceof PropertyResult.Failed f) {
      outcome = "**FAILED**";
      detail = "seed " + f.seed() + ", try " + f.tryNumber();
    } else {
      outcome = "skipped";
      detail = ((PropertyResult.Skipped) result).reason();
    }
    String time = result instanceof PropertyResult.Skipped ? "" : seconds(took);
    rows(target).add(new Row(result.property(), outcome, detail + time, result));
  }

  /** Records that the suite caught (or missed) a deliberately broken server. */
  public static synchronized void recordMutant(
      String section, String mutant, PropertyResult caughtBy) {
    recordMutant(section, mutant, caughtBy, null);
  }

  /** Records that the suite caught (or missed) a broken server, in {@code took}. */
  public static synchronized void recordMutant(
      String section, String mutant, PropertyResult caughtBy, Duration took) {
    boolean caught = caughtBy instanceof PropertyResult.Failed;
    String detail =
        caught
            ? "by "
                + caughtBy.property()
                + " on try "
                + ((PropertyResult.Failed) caughtBy).tryNumber()
                + ", shrunk in "
                + ((PropertyResult.Failed) caughtBy).shrinkSteps()
                + " steps"
            : "every property passed";
    rows(section)
        .add(new Row(mutant, caught ? "caught" : "**MISSED**", detail + seconds(took), caughtBy));
  }

  private static String seconds(Duration took) {
    return took == null ? "" : String.format(Locale.ROOT, ", %.1f s", took.toMillis() / 1000.0);
  }

  private static List<Row> rows(String section) {
    return SECTIONS.computeIfAbsent(section, s -> new ArrayList<>());
  }

  /** Writes the report to {@code -Dconformance.report} (default target/conformance-report.md). */
  public static synchronized Path write() {
    Path path = Path.of(System.getProperty("conformance.report", "target/conformance-report.md"));
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.writeString(path, render(), StandardCharsets.UTF_8);
      return path;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String summary(List<Row> rows) {
    Map<String, Long> counts = new TreeMap<>();
    rows.forEach(
        r -> counts.merge(r.outcome().replace("*", "").toLowerCase(Locale.ROOT), 1L, Long::sum));
    StringBuilder out = new StringBuilder();
    counts.forEach(
        (outcome, n) ->
            out.append(out.length() == 0 ? "" : ", ").append(n).append(' ').append(outcome));
    return out.append(" (of ").append(rows.size()).append(')').toString();
  }

  static synchronized String render() {
    StringBuilder out = new StringBuilder("# Conformance report\n\n");
    out.append(
        "JUnit XML: `target/surefire-reports/`. Replay a failure with `-Dconformance.seed=<seed>`.\n");
    SECTIONS.forEach(
        (section, rows) -> {
          out.append("\n## ").append(section).append("\n\n");
          out.append(summary(rows)).append("\n\n");
          out.append("| property | result | detail |\n|---|---|---|\n");
          rows.forEach(
              r ->
                  out.append("| ")
                      .append(r.name())
                      .append(" | ")
                      .append(r.outcome())
                      .append(" | ")
                      .append(r.detail().replace("|", "\\|"))
                      .append(" |\n"));
          rows.stream()
              .filter(r -> r.result() instanceof PropertyResult.Failed)
              .forEach(
                  r ->
                      out.append("\n### ")
                          .append(r.name())
                          .append("\n\n```\n")
                          .append(((PropertyResult.Failed) r.result()).describe())
                          .append("\n```\n"));
        });
    return out.toString();
  }
}

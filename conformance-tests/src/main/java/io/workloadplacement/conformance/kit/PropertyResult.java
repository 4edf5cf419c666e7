package io.workloadplacement.conformance.kit;

/**
 * The outcome of running one property: passed, failed with a minimal counterexample, or skipped.
 */
public sealed interface PropertyResult {

  /** The property's name. */
  String property();

  /** The property held on every try. */
  record Passed(String property, int tries, long seed) implements PropertyResult {}

  /** The target cannot run this property (for example it needs the simulator's control API). */
  record Skipped(String property, String reason) implements PropertyResult {}

  /**
   * The property failed.
   *
   * @param seed the run's seed: {@code -Dconformance.seed=<seed>} replays it
   * @param tryNumber which try failed (1-based)
   * @param original the failing value as generated
   * @param minimal the smallest failing value shrinking found
   * @param error why the minimal value fails
   * @param shrinkSteps how many smaller failing values shrinking went through
   */
  record Failed(
      String property,
      long seed,
      int tryNumber,
      String original,
      String minimal,
      Throwable error,
      int shrinkSteps)
      implements PropertyResult {

    /** A message fit for a test report: the seed, how to replay, the minimal case and the error. */
    public String describe() {
      return "Property '"
          + property
          + "' failed on try "
          + tryNumber
          + " with seed "
          + seed
          + " (replay: -Dconformance.seed="
          + seed
          + ")\n"
          + "Minimal failing case (after "
          + shrinkSteps
          + " shrink steps):\n"
          + indent(minimal)
          + "\nError:\n"
          + indent(String.valueOf(error.getMessage()))
          + "\nOriginal failing case:\n"
          + indent(original);
    }

    private static String indent(String text) {
      return "    " + text.replace("\n", "\n    ");
    }
  }
}

package io.workloadplacement.conformance.kit;

import java.util.OptionalLong;

/**
 * How hard a property is tried: number of tries, the seed, the maximum length of an operation
 * sequence and the budget for shrinking. Read from system properties so that a failure can be
 * replayed from the command line: {@code -Dconformance.seed=...}, {@code -Dconformance.tries=...},
 * {@code -Dconformance.maxActions=...}, {@code -Dconformance.maxShrinks=...}.
 *
 * @param tries how many values each property is tried on
 * @param seed the seed of the run; every property derives its own stream from it
 * @param maxActions the longest operation sequence generated
 * @param maxShrinks how many candidates shrinking may try before it stops
 */
public record PropertyConfig(int tries, long seed, int maxActions, int maxShrinks) {

  public PropertyConfig {
    if (tries < 1 || maxActions < 1 || maxShrinks < 0) {
      throw new IllegalArgumentException("tries and maxActions must be positive");
    }
  }

  /** The run's configuration from system properties, with a fresh seed unless one is given. */
  public static PropertyConfig fromSystemProperties() {
    return new PropertyConfig(
        Integer.getInteger("conformance.tries", 25),
        configuredSeed().orElseGet(() -> new java.util.SplittableRandom().nextLong()),
        Integer.getInteger("conformance.maxActions", 30),
        Integer.getInteger("conformance.maxShrinks", 400));
  }

  /** The seed given with {@code -Dconformance.seed}, if any. */
  public static OptionalLong configuredSeed() {
    String text = System.getProperty("conformance.seed");
    return text == null || text.isBlank()
        ? OptionalLong.empty()
        : OptionalLong.of(Long.parseLong(text.trim()));
  }

  public PropertyConfig withTries(int newTries) {
    return new PropertyConfig(newTries, seed, maxActions, maxShrinks);
  }

  public PropertyConfig withSeed(long newSeed) {
    return new PropertyConfig(tries, newSeed, maxActions, maxShrinks);
  }
}

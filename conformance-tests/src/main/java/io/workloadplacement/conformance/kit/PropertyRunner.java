package io.workloadplacement.conformance.kit;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Runs a property: generates {@code tries} values from the seed, checks each, and on the first
 * failure shrinks it to a minimal failing value. A check fails by throwing; a {@link SkipException}
 * marks the property as skipped.
 */
public final class PropertyRunner {

  /** The body of a property: returns normally when it holds for {@code value}. */
  @FunctionalInterface
  public interface Check<T> {
    void check(T value) throws Exception;
  }

  private final PropertyConfig config;

  public PropertyRunner(PropertyConfig config) {
    this.config = config;
  }

  public PropertyConfig config() {
    return config;
  }

  /** Runs {@code check} on values of {@code gen}, printing values with {@code describe}. */
  public <T> PropertyResult run(
      String property, Gen<T> gen, Check<T> check, Function<T, String> describe) {
    // each property draws from its own stream so adding a property does not change the others
    SplittableRandom random = new SplittableRandom(config.seed() ^ property.hashCode());
    for (int tryNumber = 1; tryNumber <= config.tries(); tryNumber++) {
      Shrinkable<T> value = gen.generate(random.split());
      Optional<Throwable> failure;
      try {
        failure = attempt(check, value.value());
      } catch (SkipException skip) {
        return new PropertyResult.Skipped(property, skip.getMessage());
      }
      if (failure.isPresent()) {
        Shrinker.Outcome<T> minimal =
            Shrinker.shrink(
                value, failure.get(), v -> attemptIgnoringSkips(check, v), config.maxShrinks());
        return new PropertyResult.Failed(
            property,
            config.seed(),
            tryNumber,
            describe.apply(value.value()),
            describe.apply(minimal.minimal().value()),
            minimal.error(),
            minimal.steps());
      }
    }
    return new PropertyResult.Passed(property, config.tries(), config.seed());
  }

  private static <T> Optional<Throwable> attempt(Check<T> check, T value) {
    try {
      check.check(value);
      return Optional.empty();
    } catch (SkipException skip) {
      throw skip;
    } catch (Exception | AssertionError e) {
      return Optional.of(e);
    }
  }

  private static <T> Optional<Throwable> attemptIgnoringSkips(Check<T> check, T value) {
    try {
      return attempt(check, value);
    } catch (SkipException skip) {
      return Optional.empty();
    }
  }
}

package io.workloadplacement.conformance.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.conformance.kit.PropertyConfig;
import io.workloadplacement.conformance.kit.PropertyResult;
import io.workloadplacement.conformance.properties.Conformance;
import io.workloadplacement.conformance.properties.ConformanceProperty;
import io.workloadplacement.conformance.report.ConformanceReport;
import java.time.Duration;
import java.util.List;

/**
 * Runs properties against a deliberately broken server until one fails, records the outcome in the
 * report, and asserts what every mutation test demands: the suite failed, with a shrunk sequence no
 * longer than the original and the seed to replay it.
 */
public final class MutantHunt {

  private MutantHunt() {}

  /**
   * The budget of a mutation test: at least {@code minTries} (a run stops at the first failure),
   * and a fixed seed per mutant unless {@code -Dconformance.seed} is given, so that a build never
   * depends on luck (with random seeds the rarest mutants escaped 150 tries about once in four
   * runs).
   */
  public static PropertyConfig budget(String mutant, int minTries, int maxShrinks) {
    PropertyConfig config = PropertyConfig.fromSystemProperties();
    long seed = PropertyConfig.configuredSeed().orElse(0x5EEDL * 31 + mutant.hashCode());
    return new PropertyConfig(
        Math.max(config.tries(), minTries),
        seed,
        config.maxActions(),
        Math.min(config.maxShrinks(), maxShrinks));
  }

  /** Hunts {@code mutant} with {@code properties}, in order, and asserts it was caught. */
  public static void assertCaught(
      String reportSection,
      String mutant,
      Conformance conformance,
      List<ConformanceProperty> properties) {
    long start = System.nanoTime();
    PropertyResult caught = null;
    for (ConformanceProperty property : properties) {
      caught = conformance.run(property);
      if (caught instanceof PropertyResult.Failed) {
        break;
      }
    }
    ConformanceReport.recordMutant(
        reportSection, mutant, caught, Duration.ofNanos(System.nanoTime() - start));
    assertThat(caught)
        .as("the suite must fail against mutant %s", mutant)
        .isInstanceOf(PropertyResult.Failed.class);
    PropertyResult.Failed failed = (PropertyResult.Failed) caught;
    System.out.println("[mutant " + mutant + "] " + failed.describe());
    assertThat(failed.minimal().lines().count())
        .isLessThanOrEqualTo(failed.original().lines().count());
    assertThat(failed.describe()).contains("-Dconformance.seed=" + failed.seed());
  }
}

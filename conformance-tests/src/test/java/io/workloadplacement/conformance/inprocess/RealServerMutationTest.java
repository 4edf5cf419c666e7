package io.workloadplacement.conformance.inprocess;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.conformance.kit.PropertyConfig;
import io.workloadplacement.conformance.kit.PropertyResult;
import io.workloadplacement.conformance.properties.Conformance;
import io.workloadplacement.conformance.properties.ConformanceProperties;
import io.workloadplacement.conformance.properties.ConformanceProperty;
import io.workloadplacement.conformance.report.ConformanceReport;
import io.workloadplacement.conformance.sut.Auth;
import io.workloadplacement.conformance.sut.HttpApiTarget;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proof that the suite fails the real app when it is wrong: against each {@link RealMutant} of the
 * REST app + simulator backend, some property must fail with a shrunk sequence. The property
 * expected to catch the mutant runs first (the budget stays small), then the others until one
 * fails.
 */
class RealServerMutationTest {

  @ParameterizedTest
  @EnumSource(RealMutant.class)
  void theSuiteCatchesTheMutant(RealMutant mutant) {
    try (MutantServer server = MutantServer.start(mutant)) {
      Conformance conformance =
          new Conformance(
              new HttpApiTarget(server.baseUrl(), Auth.none(), true),
              TargetCapabilities.local("real mutant " + mutant).withWatch(true),
              mutationConfig(mutant));
      long start = System.nanoTime();
      PropertyResult caught = null;
      for (ConformanceProperty property : expectedCatcherFirst(mutant)) {
        caught = conformance.run(property);
        if (caught instanceof PropertyResult.Failed) {
          break;
        }
      }
      ConformanceReport.recordMutant(
          "Mutation tests (the suite against the real app, broken on purpose)",
          mutant.name(),
          caught,
          Duration.ofNanos(System.nanoTime() - start));
      assertThat(caught)
          .as("the suite must fail against mutant %s", mutant)
          .isInstanceOf(PropertyResult.Failed.class);
      PropertyResult.Failed failed = (PropertyResult.Failed) caught;
      System.out.println("[real mutant " + mutant + "] " + failed.describe());
      assertThat(failed.minimal().lines().count())
          .isLessThanOrEqualTo(failed.original().lines().count());
      assertThat(failed.describe()).contains("-Dconformance.seed=" + failed.seed());
    }
  }

  private static List<ConformanceProperty> expectedCatcherFirst(RealMutant mutant) {
    List<ConformanceProperty> ordered = new ArrayList<>(ConformanceProperties.all());
    ordered.sort(
        (a, b) ->
            Boolean.compare(!a.id().equals(mutant.caughtBy()), !b.id().equals(mutant.caughtBy())));
    return ordered;
  }

  /**
   * More tries than the default, since some mutants show only in a deep status (the run stops at
   * the first failure), a fixed seed per mutant unless {@code -Dconformance.seed} is given, so a
   * build never depends on luck, and at most 200 shrink candidates: shrinking replays whole
   * sequences against a real server.
   */
  private static PropertyConfig mutationConfig(RealMutant mutant) {
    PropertyConfig config = PropertyConfig.fromSystemProperties();
    long seed = PropertyConfig.configuredSeed().orElse(0x5EEDL * 31 + mutant.name().hashCode());
    return new PropertyConfig(
        Math.max(config.tries(), 300),
        seed,
        config.maxActions(),
        Math.min(config.maxShrinks(), 200));
  }

  @AfterAll
  static void writeReport() {
    ConformanceReport.write();
  }
}

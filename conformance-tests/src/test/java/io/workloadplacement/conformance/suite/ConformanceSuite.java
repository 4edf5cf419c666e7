package io.workloadplacement.conformance.suite;

import static org.assertj.core.api.Assertions.fail;

import io.workloadplacement.conformance.kit.PropertyConfig;
import io.workloadplacement.conformance.kit.PropertyResult;
import io.workloadplacement.conformance.properties.Conformance;
import io.workloadplacement.conformance.properties.ConformanceProperties;
import io.workloadplacement.conformance.properties.ConformanceProperty;
import io.workloadplacement.conformance.report.ConformanceReport;
import io.workloadplacement.conformance.sut.ApiTarget;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The conformance suite, one test per property, against the target a subclass provides. A property
 * that needs the simulator's control API is skipped (reported as skipped) on a target without it.
 * Results also go to {@code target/conformance-report.md}.
 *
 * <p>To add a target: subclass, start the server in the constructor or a {@code @BeforeAll} of the
 * subclass (the target is first asked for when the first property runs), return an {@link
 * io.workloadplacement.conformance.sut.HttpApiTarget} on it and its {@link TargetCapabilities}, and
 * stop the server in {@link #stopTarget()} (not in an {@code @AfterAll} of the subclass, which
 * would run before the final sweep).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConformanceSuite {

  private Conformance conformance;

  /** The system under test. */
  protected abstract ApiTarget target();

  /** What the suite may assume of the target and touch on it. */
  protected abstract TargetCapabilities capabilities();

  /** Tries, seed and sizes; from {@code -Dconformance.*} by default. */
  protected PropertyConfig config() {
    return PropertyConfig.fromSystemProperties();
  }

  private synchronized Conformance conformance() {
    if (conformance == null) {
      conformance = new Conformance(target(), capabilities(), config());
    }
    return conformance;
  }

  @Test
  void everyResponseIsTheContractsEnvelope() {
    check("envelope");
  }

  @Test
  void validPlacementsAreAcceptedAndReadBackEqual() {
    check("valid-placements");
  }

  @Test
  void invalidPlacementsAreRejectedNamingTheBadPath() {
    check("invalid-placements");
  }

  @Test
  void updatesAndDeletionsObeyTheTablesInEveryStatus() {
    check("updates-and-deletions");
  }

  @Test
  void listAndPagingAgreeWithTheModel() {
    check("list-and-paging");
  }

  @Test
  void lifecycleTakesOnlyTheContractsTransitions() {
    check("lifecycle");
  }

  @Test
  void theWatchShowsOnlyTheContractsTransitions() {
    check("watch");
  }

  @Test
  void faultsAreEnvelopedAndChangeNothing() {
    check("faults");
  }

  private void check(String id) {
    ConformanceProperty property =
        ConformanceProperties.all().stream()
            .filter(p -> p.id().equals(id))
            .findFirst()
            .orElseThrow();
    Conformance target = conformance();
    long start = System.nanoTime();
    PropertyResult result = target.run(property);
    ConformanceReport.record(
        capabilities().name(), result, Duration.ofNanos(System.nanoTime() - start));
    if (result instanceof PropertyResult.Failed failed) {
      fail(failed.describe(), failed.error());
    }
    if (result instanceof PropertyResult.Skipped skipped) {
      Assumptions.abort(skipped.reason());
    }
  }

  /** Stops what the subclass started; runs after the final sweep and the report. */
  protected void stopTarget() {}

  @AfterAll
  void finish() {
    try {
      sweepAndReport();
    } finally {
      stopTarget();
    }
  }

  private void sweepAndReport() {
    if (conformance != null && capabilities().remote()) {
      var left = conformance.sweep();
      if (!left.isEmpty()) {
        System.out.println("[conformance] left behind (not deletable by contract): " + left);
      }
    }
    System.out.println("[conformance] report: " + ConformanceReport.write().toAbsolutePath());
  }
}

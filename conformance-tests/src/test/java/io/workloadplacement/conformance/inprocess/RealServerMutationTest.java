package io.workloadplacement.conformance.inprocess;

import io.workloadplacement.conformance.mutation.MutantHunt;
import io.workloadplacement.conformance.properties.Conformance;
import io.workloadplacement.conformance.properties.ConformanceProperties;
import io.workloadplacement.conformance.properties.ConformanceProperty;
import io.workloadplacement.conformance.report.ConformanceReport;
import io.workloadplacement.conformance.sut.Auth;
import io.workloadplacement.conformance.sut.HttpApiTarget;
import io.workloadplacement.conformance.sut.TargetCapabilities;
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
              // shrinking replays whole sequences against a real server: 200 candidates do
              MutantHunt.budget(mutant.name(), 300, 200));
      MutantHunt.assertCaught(
          "Mutation tests (the suite against the real app, broken on purpose)",
          mutant.name(),
          conformance,
          expectedCatcherFirst(mutant));
    }
  }

  private static List<ConformanceProperty> expectedCatcherFirst(RealMutant mutant) {
    List<ConformanceProperty> ordered = new ArrayList<>(ConformanceProperties.all());
    ordered.sort(
        (a, b) ->
            Boolean.compare(!a.id().equals(mutant.caughtBy()), !b.id().equals(mutant.caughtBy())));
    return ordered;
  }

  @AfterAll
  static void writeReport() {
    ConformanceReport.write();
  }
}

package io.workloadplacement.conformance.fake;

import io.workloadplacement.conformance.mutation.MutantHunt;
import io.workloadplacement.conformance.properties.Conformance;
import io.workloadplacement.conformance.properties.ConformanceProperties;
import io.workloadplacement.conformance.report.ConformanceReport;
import io.workloadplacement.conformance.sut.Auth;
import io.workloadplacement.conformance.sut.HttpApiTarget;
import io.workloadplacement.conformance.sut.TargetCapabilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proof that the suite can fail: against each deliberately broken variant of the test double, some
 * property must fail, with a shrunk sequence no longer than the original.
 */
class MutationTest {

  @ParameterizedTest
  @EnumSource(value = Mutant.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void theSuiteCatchesTheMutant(Mutant mutant) throws Exception {
    try (ContractFakeServer server = ContractFakeServer.start(mutant)) {
      Conformance conformance =
          new Conformance(
              new HttpApiTarget(server.baseUrl(), Auth.none(), true),
              TargetCapabilities.local("mutant " + mutant),
              MutantHunt.budget(mutant.name(), 400, 400));
      MutantHunt.assertCaught(
          "Mutation tests (the suite against broken servers)",
          mutant.name(),
          conformance,
          ConformanceProperties.all());
    }
  }

  @AfterAll
  static void writeReport() {
    ConformanceReport.write();
  }
}

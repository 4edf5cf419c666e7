package io.workloadplacement.simulator;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.workloadplacement.domain.port.out.PlacementRepository;
import java.util.Set;

/**
 * The simulator's backend (the model and everything it runs on) knows nothing of HTTP: the control
 * API, the watch and the server sit on top of it. A rule that matches no class fails.
 */
@AnalyzeClasses(
    packages = "io.workloadplacement.simulator",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final Set<String> WRITES = Set.of("insert", "replace", "delete");

  private static final String[] BACKEND = {
    "io.workloadplacement.simulator",
    "io.workloadplacement.simulator.clock..",
    "io.workloadplacement.simulator.cluster..",
    "io.workloadplacement.simulator.durable..",
    "io.workloadplacement.simulator.engine..",
    "io.workloadplacement.simulator.event..",
    "io.workloadplacement.simulator.fault..",
    "io.workloadplacement.simulator.store..",
    "io.workloadplacement.simulator.timeline..",
    "io.workloadplacement.simulator.topology.."
  };

  @ArchTest
  static final ArchRule theBackendDependsOnlyOnTheDomainAndPlainLibraries =
      classes()
          .that()
          .resideInAnyPackage(BACKEND)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "jakarta.validation..",
              "org.slf4j..",
              // the topology file is read with Jackson, its error paths written by the API's rule
              "com.fasterxml.jackson..",
              "io.workloadplacement.rest.json..",
              "io.workloadplacement.domain..",
              "io.workloadplacement.simulator..");

  @ArchTest
  static final ArchRule theBackendNeverReachesUpToHttpOrTheServer =
      noClasses()
          .that()
          .resideInAnyPackage(BACKEND)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.workloadplacement.simulator.http..",
              "io.workloadplacement.simulator.server..",
              "io.javalin..",
              "org.eclipse.jetty..");

  @ArchTest
  static final ArchRule placementsAreWrittenOnlyThroughTheDomainsServices =
      noClasses()
          .that()
          .resideInAPackage("io.workloadplacement.simulator..")
          .and()
          .resideOutsideOfPackage("io.workloadplacement.simulator.store..")
          .should()
          .callMethodWhere(
              describe(
                  "a write of the placement repository",
                  call ->
                      call.getTargetOwner().isAssignableTo(PlacementRepository.class)
                          && WRITES.contains(call.getName())));
}

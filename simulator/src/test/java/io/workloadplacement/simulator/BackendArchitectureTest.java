package io.workloadplacement.simulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The simulator's backend (everything but {@code http} and {@code server}) as a whitelist: it
 * implements the domain's ports on the JDK, Bean Validation, Jackson (the topology file) and SLF4J,
 * and knows nothing of HTTP, the REST adapter (but its JSON helpers) or the server. A rule that
 * matches no class fails.
 */
@AnalyzeClasses(
    packages = "io.workloadplacement.simulator",
    importOptions = ImportOption.DoNotIncludeTests.class)
class BackendArchitectureTest {

  private static final String[] BACKEND = {
    "io.workloadplacement.simulator",
    "io.workloadplacement.simulator.clock..",
    "io.workloadplacement.simulator.cluster..",
    "io.workloadplacement.simulator.engine..",
    "io.workloadplacement.simulator.event..",
    "io.workloadplacement.simulator.fault..",
    "io.workloadplacement.simulator.store..",
    "io.workloadplacement.simulator.timeline..",
    "io.workloadplacement.simulator.topology.."
  };

  @ArchTest
  static final ArchRule theBackendKnowsNoHttpAndNoServer =
      classes()
          .that()
          .resideInAnyPackage(BACKEND)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              concat(
                  BACKEND,
                  "java..",
                  "jakarta.validation..",
                  "com.fasterxml.jackson..",
                  "org.slf4j..",
                  "io.workloadplacement.domain..",
                  // Jackson's error paths have their one home there (the topology file's errors)
                  "io.workloadplacement.rest.json.."));

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}

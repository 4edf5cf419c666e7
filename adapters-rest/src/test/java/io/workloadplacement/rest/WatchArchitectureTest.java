package io.workloadplacement.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The watch stream's boundary, as a whitelist (a rule that matches no class fails): it knows the
 * domain only through its model and the {@code PlacementWatch} out-port, never a service or a use
 * case, so any backend that implements the port can feed it.
 */
@AnalyzeClasses(
    packages = "io.workloadplacement.rest",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WatchArchitectureTest {

  @ArchTest
  static final ArchRule theWatchDependsOnTheDomainsOutPortAndModelOnly =
      classes()
          .that()
          .resideInAPackage("io.workloadplacement.rest.watch..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "jakarta.servlet..",
              "io.javalin..",
              "org.slf4j..",
              "io.workloadplacement.domain.model..",
              "io.workloadplacement.domain.port.out..",
              "io.workloadplacement.rest.http..",
              "io.workloadplacement.rest.placement..",
              "io.workloadplacement.rest.watch..");
}

package io.workloadplacement.k8s.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Only the server package knows the REST adapter and the web server; the store, the watch and the
 * step executors never reach for the composition root.
 */
@AnalyzeClasses(
    packages = "io.workloadplacement.k8s",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ServerArchitectureTest {

  @ArchTest
  static final ArchRule onlyTheServerKnowsTheRestAdapterAndJavalin =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.workloadplacement.k8s.server..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.workloadplacement.rest..", "io.javalin..", "org.eclipse.jetty..", "picocli..");

  @ArchTest
  static final ArchRule theStoreNeverDependsOnTheServer =
      noClasses()
          .that()
          .resideInAPackage("io.workloadplacement.k8s")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.workloadplacement.k8s.server..");
}

package io.workloadplacement.conformance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The suite is written from the contract alone: its main code depends on the JDK and Jackson only,
 * never on the implementations it judges.
 */
@AnalyzeClasses(
    packages = "io.workloadplacement.conformance",
    importOptions = ImportOption.DoNotIncludeTests.class)
class IndependenceTest {

  @ArchTest
  static final ArchRule onlyJdkAndJackson =
      classes()
          .that()
          .resideInAPackage("io.workloadplacement.conformance..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "com.fasterxml.jackson..", "io.workloadplacement.conformance..");
}

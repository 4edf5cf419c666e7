package io.workloadplacement.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.out.PlacementRepository;

/** The domain's boundaries, as whitelists: a rule that matches no class fails. */
@AnalyzeClasses(
    packages = "io.workloadplacement.domain",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainDependsOnlyOnTheJdkAndBeanValidation =
      classes()
          .that()
          .resideInAPackage("io.workloadplacement.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "jakarta.validation..", "io.workloadplacement.domain..");

  @ArchTest
  static final ArchRule portsDoNotDependOnServices =
      noClasses()
          .that()
          .resideInAPackage("..domain.port..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..domain.service..");

  @ArchTest
  static final ArchRule modelAndRulesKnowNoPortsOrServices =
      noClasses()
          .that()
          .resideInAnyPackage("..domain.model..", "..domain.rules..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..domain.port..", "..domain.service..");

  @ArchTest
  static final ArchRule failuresAreOneSealedFamily =
      classes()
          .that()
          .resideInAPackage("..domain.failure..")
          .should()
          .beAssignableTo(io.workloadplacement.domain.failure.PlacementException.class);

  @ArchTest
  static final ArchRule servicesImplementInPorts =
      classes()
          .that()
          .resideInAPackage("..domain.service..")
          .and()
          .haveSimpleNameEndingWith("Service")
          .should()
          .implement(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "an in-port",
                  (com.tngtech.archunit.core.domain.JavaClass c) ->
                      c.getPackageName().contains(".domain.port.in")));

  @ArchTest
  static final ArchRule onlyServicesUseTheRepository =
      noClasses()
          .that()
          .resideOutsideOfPackages("..domain.service..", "..domain.port.out..")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(PlacementRepository.class);

  @ArchTest
  static final ArchRule everyConditionalWriteGoesThroughTheOneWritePath =
      noClasses()
          .that()
          .doNotHaveSimpleName("OptimisticWrites")
          .should()
          .callMethod(PlacementRepository.class, "replace", WorkloadPlacement.class, String.class)
          .orShould()
          .callMethod(PlacementRepository.class, "delete", String.class, String.class);
}

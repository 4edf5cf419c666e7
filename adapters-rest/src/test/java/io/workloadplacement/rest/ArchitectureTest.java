package io.workloadplacement.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.port.out.PlacementRepository;
import io.workloadplacement.rest.placement.PlacementErrors;

/**
 * The REST adapter translates and maps, and no more: the domain owns the write path (with its
 * retries) and the store.
 */
@AnalyzeClasses(
    packages = "io.workloadplacement.rest",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule versionConflictsAreOnlyMappedNeverRetried =
      noClasses()
          .that()
          .resideInAPackage("io.workloadplacement.rest..")
          .and()
          .doNotBelongToAnyOf(PlacementErrors.class)
          .should()
          .dependOnClassesThat()
          .areAssignableTo(VersionConflictException.class);

  @ArchTest
  static final ArchRule theAdapterNeverReachesTheStore =
      noClasses()
          .that()
          .resideInAPackage("io.workloadplacement.rest..")
          .should()
          .dependOnClassesThat()
          .areAssignableTo(PlacementRepository.class);
}

package io.workloadplacement.rest.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.failure.DeletionPendingException;
import io.workloadplacement.domain.failure.DeletionRestrictedException;
import io.workloadplacement.domain.failure.IllegalTransitionException;
import io.workloadplacement.domain.failure.InvalidContinueTokenException;
import io.workloadplacement.domain.failure.InvalidUpdateException;
import io.workloadplacement.domain.failure.PlacementAlreadyExistsException;
import io.workloadplacement.domain.failure.PlacementException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.failure.PlacementValidationException;
import io.workloadplacement.domain.failure.StoreUnavailableException;
import io.workloadplacement.domain.failure.UnknownClusterException;
import io.workloadplacement.domain.failure.UnknownWorkspaceException;
import io.workloadplacement.domain.failure.VersionConflictException;
import io.workloadplacement.domain.failure.WriteContentionException;
import io.workloadplacement.domain.failure.WriteForbiddenException;
import io.workloadplacement.domain.model.FieldViolation;
import io.workloadplacement.domain.model.PlacementField;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.rest.http.ApiError;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One mapping per domain failure; a new failure type fails here until it is mapped. */
class PlacementErrorsTest {

  /** One failure of every subtype, with the status it must map to (for a non-list operation). */
  private static final Map<PlacementException, Integer> SAMPLES =
      Map.ofEntries(
          Map.entry(new PlacementAlreadyExistsException("a"), 409),
          Map.entry(new PlacementNotFoundException("a"), 404),
          Map.entry(new PlacementValidationException(List.of(new FieldViolation("f", "m"))), 400),
          Map.entry(
              new InvalidUpdateException(
                  EnumSet.of(PlacementField.NAME), ProvisioningStatus.PENDING),
              409),
          Map.entry(new DeletionRestrictedException("a", ProvisioningStatus.COMPLETED), 409),
          Map.entry(new DeletionPendingException("a", List.of("example.com/hold")), 409),
          Map.entry(new VersionConflictException("a", "1"), 412),
          Map.entry(new UnknownWorkspaceException("w"), 404),
          Map.entry(new UnknownClusterException("w", "c"), 404),
          Map.entry(new InvalidContinueTokenException(), 400),
          Map.entry(new StoreUnavailableException("down"), 503),
          Map.entry(new WriteForbiddenException("w"), 403),
          Map.entry(new WriteContentionException("a", 32, null), 503),
          Map.entry(
              new IllegalTransitionException(
                  "a", ProvisioningStatus.COMPLETED, ProvisioningStatus.PENDING),
              500));

  @Test
  void everyPermittedSubtypeHasASample() {
    Set<String> permitted =
        Arrays.stream(PlacementException.class.getPermittedSubclasses())
            .map(Class::getName)
            .collect(Collectors.toSet());
    Set<String> sampled =
        SAMPLES.keySet().stream().map(e -> e.getClass().getName()).collect(Collectors.toSet());

    assertThat(sampled).isEqualTo(permitted);
  }

  @Test
  void everySubtypeMapsToItsStatus() {
    SAMPLES.forEach(
        (failure, status) -> {
          ApiError error = PlacementErrors.of(failure, Operation.GET);
          assertThat(error.status()).as(failure.getClass().getSimpleName()).isEqualTo(status);
          assertThat(error.errorMessage()).isNotBlank();
          assertThat(error.dataMessage()).isNotBlank();
        });
  }

  @Test
  void aStoreFailureOnListIsTheContracts500() {
    ApiError error =
        PlacementErrors.of(new StoreUnavailableException("kubernetes API timeout"), Operation.LIST);

    assertThat(error.status()).isEqualTo(500);
    assertThat(error.message()).isEqualTo("Internal Server Error");
    assertThat(error.errorMessage()).isEqualTo("Failed to fetch workload placements");
    assertThat(error.cause()).isEqualTo("kubernetes API timeout");
  }

  @Test
  void invalidUpdateFieldsAreJoinedInTheContractsOrder() {
    Set<PlacementField> fields =
        EnumSet.of(PlacementField.STEPS, PlacementField.WORKSPACE_NAME, PlacementField.CLUSTERS);

    ApiError error =
        PlacementErrors.of(
            new InvalidUpdateException(fields, ProvisioningStatus.COMPLETED), Operation.UPDATE);

    assertThat(error.errorMessage())
        .isEqualTo(
            "Cannot update workspaceName, clusters or steps when provisioningStatus is Completed");
    assertThat(error.cause())
        .isEqualTo(
            "workspaceName, clusters and steps cannot be changed when provisioningStatus is"
                + " Completed");
  }

  @Test
  void unknownWorkspaceAndClusterNameWhatWasNotFound() {
    ApiError workspace = PlacementErrors.of(new UnknownWorkspaceException("w1"), Operation.CREATE);
    ApiError cluster =
        PlacementErrors.of(new UnknownClusterException("w1", "c9"), Operation.CREATE);

    assertThat(workspace.errorKey()).isEqualTo("WorkspaceNotFound");
    assertThat(workspace.dataMessage()).isEqualTo("Workspace with name 'w1' not found");
    assertThat(cluster.errorKey()).isEqualTo("ClusterNotFound");
    assertThat(cluster.dataMessage()).isEqualTo("Cluster 'c9' not found in workspace 'w1'");
  }
}

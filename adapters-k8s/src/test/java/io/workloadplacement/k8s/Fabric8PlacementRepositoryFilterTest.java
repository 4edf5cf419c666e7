package io.workloadplacement.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementFilter;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Filters become label selectors, and the status label follows every write. */
class Fabric8PlacementRepositoryFilterTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");

  private final MockApiServer api = MockApiServer.crud();
  private final Fabric8PlacementRepository repository =
      new Fabric8PlacementRepository(api.client(), "filters", ReadRetries.NONE);

  @AfterEach
  void stop() {
    api.close();
  }

  private VersionedPlacement insert(String workspace, String name) {
    return repository.insert(
        new WorkloadPlacement(
            SamplePlacements.oneCommand(workspace, name, List.of("w1")).toSpec(),
            PlacementStatus.pending(T0),
            T0,
            null));
  }

  private void queue(VersionedPlacement stored) {
    WorkloadPlacement p = stored.placement();
    repository.replace(
        p.withStatus(p.status().movedTo(ProvisioningStatus.QUEUED, "queued", T0)),
        stored.version());
  }

  private List<String> names(PlacementFilter filter) {
    return repository.list(filter, Optional.empty(), 100).stream()
        .map(VersionedPlacement::name)
        .toList();
  }

  @Test
  void workspaceAndStatusFiltersCombineAndTheStatusLabelFollowsReplace() throws Exception {
    queue(insert("abc", "a1"));
    insert("abc", "a2");
    queue(insert("xyz", "x1"));
    insert("xyz", "x2");

    assertThat(names(new PlacementFilter(Optional.of("abc"), Optional.empty())))
        .containsExactly("a1", "a2");
    assertThat(names(new PlacementFilter(Optional.empty(), Optional.of(ProvisioningStatus.QUEUED))))
        .containsExactly("a1", "x1");
    assertThat(
            names(new PlacementFilter(Optional.of("xyz"), Optional.of(ProvisioningStatus.PENDING))))
        .containsExactly("x2");
    assertThat(api.server().getLastRequest().getPath())
        .contains(
            "labelSelector=workloadplacement.io%2Fworkspace%3Dxyz%2C"
                + "workloadplacement.io%2Fprovisioning-status%3DPending");
  }

  @Test
  void pagingStartsAfterTheGivenNameWithinTheFilter() {
    for (String name : List.of("d", "b", "a", "c")) {
      insert("abc", name);
    }
    insert("xyz", "bb");

    PlacementFilter abc = new PlacementFilter(Optional.of("abc"), Optional.empty());
    assertThat(repository.list(abc, Optional.of("a"), 2))
        .extracting(VersionedPlacement::name)
        .containsExactly("b", "c");
  }
}

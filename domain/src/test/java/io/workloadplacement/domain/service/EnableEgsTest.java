package io.workloadplacement.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.failure.InvalidUpdateException;
import io.workloadplacement.domain.failure.PlacementNotFoundException;
import io.workloadplacement.domain.fixtures.FixedWorkspaces;
import io.workloadplacement.domain.fixtures.InMemoryFakeRepository;
import io.workloadplacement.domain.fixtures.MutableClock;
import io.workloadplacement.domain.fixtures.RecordingEvents;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementField;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.domain.port.in.EnableEgsCommand;
import io.workloadplacement.domain.port.in.GetPlacementQuery;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The enable-EGS use case (contract section 7). */
class EnableEgsTest {

  private final InMemoryFakeRepository repository = new InMemoryFakeRepository();
  private final RecordingEvents events = new RecordingEvents();
  private final MutableClock clock = MutableClock.atSeedTime();
  private final PlacementService service =
      new PlacementService(
          repository, FixedWorkspaces.any(), Validators.placementValidator(), events, clock);
  private final PlacementLifecycleService lifecycle =
      new PlacementLifecycleService(repository, events, clock);

  @ParameterizedTest
  @EnumSource(ProvisioningStatus.class)
  void enableEgsIsAllowedInEveryStatusButCompletedAndFailed(ProvisioningStatus status) {
    service.create(
        new CreatePlacementCommand(SamplePlacements.oneCommand("abc", "p", List.of("worker-1"))));
    LifecycleWalk.to(lifecycle, "p", status);
    VersionedPlacement before = service.get(new GetPlacementQuery("p"));
    clock.advance(Duration.ofSeconds(5));

    if (status == ProvisioningStatus.COMPLETED || status == ProvisioningStatus.FAILED) {
      assertThatThrownBy(() -> service.enableEgs(new EnableEgsCommand("p", true, Optional.empty())))
          .isInstanceOfSatisfying(
              InvalidUpdateException.class,
              e -> {
                assertThat(e.fields()).containsExactly(PlacementField.ENABLE_EGS);
                assertThat(e.status()).isEqualTo(status);
              });
      assertThat(service.get(new GetPlacementQuery("p"))).isEqualTo(before);
      return;
    }
    VersionedPlacement after = service.enableEgs(new EnableEgsCommand("p", true, Optional.empty()));

    assertThat(after.placement().spec().enableEGS()).isTrue();
    assertThat(after.placement().provisioningStatus()).isEqualTo(status);
    assertThat(after.placement().updatedAt()).isEqualTo(clock.instant());
    assertThat(after.placement().spec().toDraft().steps())
        .isEqualTo(before.placement().spec().toDraft().steps());
    assertThat(events.events())
        .last()
        .isEqualTo(new PlacementEvent(PlacementEvent.Type.MODIFIED, after));
  }

  @Test
  void settingTheValueItHasWritesNothing() {
    service.create(
        new CreatePlacementCommand(SamplePlacements.oneCommand("abc", "p", List.of("worker-1"))));
    VersionedPlacement on = service.enableEgs(new EnableEgsCommand("p", true, Optional.empty()));
    int announced = events.events().size();

    assertThat(service.enableEgs(new EnableEgsCommand("p", true, Optional.empty()))).isEqualTo(on);
    assertThat(events.events()).hasSize(announced);
    assertThat(
            service
                .enableEgs(new EnableEgsCommand("p", false, Optional.empty()))
                .placement()
                .spec()
                .enableEGS())
        .isFalse();
  }

  @Test
  void anUnknownPlacementIsNotFound() {
    assertThatThrownBy(
            () -> service.enableEgs(new EnableEgsCommand("missing", true, Optional.empty())))
        .isInstanceOf(PlacementNotFoundException.class);
  }
}

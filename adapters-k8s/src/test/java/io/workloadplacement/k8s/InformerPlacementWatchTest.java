package io.workloadplacement.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.PlacementEvent.Type;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.out.PlacementWatch.Subscription;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The informer's watch on the CRUD mock: the placements are written through another client (as
 * another replica writes them), and the watch reports each change with the placement as stored.
 */
class InformerPlacementWatchTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");

  private final MockApiServer api = MockApiServer.crud();
  private final KubernetesClient otherReplica = api.clientAsTheStoreBuildsIt();
  private final Fabric8PlacementRepository writes =
      new Fabric8PlacementRepository(otherReplica, "ns", ReadRetries.NONE);
  private final KubernetesStore store = new KubernetesStore(api.client(), "ns");

  @AfterEach
  void stop() {
    store.close();
    otherReplica.close();
    api.close();
  }

  private static WorkloadPlacement placement(String name) {
    return new WorkloadPlacement(
        SamplePlacements.oneCommand("abc", name, List.of("w1")).toSpec(),
        PlacementStatus.pending(T0),
        T0,
        null);
  }

  private InformerPlacementWatch syncedWatch() {
    InformerPlacementWatch watch = store.placementWatch();
    Eventually.await(watch::hasSynced, "the watch has synced");
    return watch;
  }

  @Test
  void aWriteThroughAnotherClientReachesASubscriber() {
    RecordedEvents events = new RecordedEvents();
    syncedWatch().subscribe(false, events);

    VersionedPlacement created = writes.insert(placement("p"));

    PlacementEvent event = events.next();
    assertThat(event.type()).isEqualTo(Type.ADDED);
    assertThat(event.placement()).isEqualTo(created);
    assertThat(event.sequence()).isEqualTo(Long.parseLong(created.version()));
  }

  @Test
  void reportsAddedModifiedAndDeletedInOrder() {
    RecordedEvents events = new RecordedEvents();
    syncedWatch().subscribe(false, events);

    VersionedPlacement created = writes.insert(placement("p"));
    VersionedPlacement admitted =
        writes.replace(created.placement().admit(T0.plusSeconds(2)), created.version());
    writes.delete("p", admitted.version());

    PlacementEvent added = events.next();
    PlacementEvent modified = events.next();
    PlacementEvent deleted = events.next();
    assertThat(added.type()).isEqualTo(Type.ADDED);
    assertThat(modified.type()).isEqualTo(Type.MODIFIED);
    assertThat(modified.placement()).isEqualTo(admitted);
    assertThat(deleted.type()).isEqualTo(Type.DELETED);
    assertThat(deleted.placement().name()).isEqualTo("p");
    assertThat(modified.sequence()).isGreaterThan(added.sequence());
    assertThat(deleted.sequence()).isGreaterThanOrEqualTo(modified.sequence());
  }

  @Test
  void initialEventsShowWhatIsStoredThenTheChanges() {
    VersionedPlacement a = writes.insert(placement("a"));
    VersionedPlacement b = writes.insert(placement("b"));
    InformerPlacementWatch watch = syncedWatch();

    RecordedEvents withInitial = new RecordedEvents();
    RecordedEvents withoutInitial = new RecordedEvents();
    watch.subscribe(false, withoutInitial);
    watch.subscribe(true, withInitial);

    // taken together with subscribing: delivered before subscribe returned
    assertThat(withInitial.waiting()).isEqualTo(2);
    assertThat(List.of(withInitial.next(), withInitial.next()))
        .extracting(PlacementEvent::type, PlacementEvent::placement)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Type.ADDED, a),
            org.assertj.core.groups.Tuple.tuple(Type.ADDED, b));
    assertThat(withoutInitial.waiting()).isZero();

    VersionedPlacement admitted = writes.replace(a.placement().admit(T0), a.version());
    assertThat(withInitial.next().placement()).isEqualTo(admitted);
    assertThat(withoutInitial.next().placement()).isEqualTo(admitted);
  }

  @Test
  void aClosedSubscriptionGetsNothingMore() {
    InformerPlacementWatch watch = syncedWatch();
    RecordedEvents closed = new RecordedEvents();
    RecordedEvents open = new RecordedEvents();
    Subscription subscription = watch.subscribe(false, closed);
    watch.subscribe(false, open);

    subscription.close();
    writes.insert(placement("p"));

    // one delivery reaches every subscriber in turn: once the open one has it, the closed one
    // would have had it too
    assertThat(open.next().type()).isEqualTo(Type.ADDED);
    assertThat(closed.waiting()).isZero();
  }

  @Test
  void aClosedWatchDeliversNothingMoreAndIsNotSynced() {
    InformerPlacementWatch watch = syncedWatch();
    RecordedEvents events = new RecordedEvents();
    watch.subscribe(false, events);
    InformerPlacementWatch witness = syncedWatch();
    RecordedEvents witnessed = new RecordedEvents();
    witness.subscribe(false, witnessed);

    watch.close();
    writes.insert(placement("p"));

    assertThat(witnessed.next().type()).isEqualTo(Type.ADDED);
    assertThat(events.waiting()).isZero();
    assertThat(watch.hasSynced()).isFalse();
  }
}

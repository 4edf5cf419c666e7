package io.workloadplacement.rest.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.PlacementStatus;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** GET's bodies are serialized once per version, and never served for another placement. */
class GetBodyCacheTest {

  private static final Instant T0 = Instant.parse("2025-10-30T08:39:52Z");

  private final GetBodyCache cache = new GetBodyCache(GetBodyCache.SLOTS, GetBodyCacheTest::render);

  @Test
  void theSameVersionIsSerializedOnce() {
    VersionedPlacement placement = stored("a", "7", ProvisioningStatus.PENDING);

    byte[] first = cache.bodyOf(placement);
    byte[] second = cache.bodyOf(placement);

    assertThat(second).isSameAs(first).isEqualTo(render(placement));
    assertThat(cache.serializedCount()).isEqualTo(1);
  }

  @Test
  void anEqualPlacementReadAgainAtTheSameVersionHits() {
    // a store that builds a new object on every read (Kubernetes) still hits
    cache.bodyOf(stored("a", "7", ProvisioningStatus.PENDING));

    byte[] body = cache.bodyOf(stored("a", "7", ProvisioningStatus.PENDING));

    assertThat(body).isEqualTo(render(stored("a", "7", ProvisioningStatus.PENDING)));
    assertThat(cache.serializedCount()).isEqualTo(1);
  }

  @Test
  void aNewVersionIsServedAtOnce() {
    cache.bodyOf(stored("a", "7", ProvisioningStatus.PENDING));
    VersionedPlacement updated = stored("a", "8", ProvisioningStatus.QUEUED);

    assertThat(text(cache.bodyOf(updated))).isEqualTo(text(render(updated))).contains("Queued");
    assertThat(cache.serializedCount()).isEqualTo(2);
  }

  @Test
  void aVersionReusedForOtherContentIsNotServedStale() {
    // deleted and created again by a store whose versions start over
    cache.bodyOf(stored("a", "1", ProvisioningStatus.PENDING));
    VersionedPlacement recreated = stored("a", "1", ProvisioningStatus.QUEUED);

    assertThat(text(cache.bodyOf(recreated))).isEqualTo(text(render(recreated)));
  }

  @Test
  void namesSharingASlotEachGetTheirOwnBody() {
    GetBodyCache oneSlot = new GetBodyCache(1, GetBodyCacheTest::render);
    VersionedPlacement a = stored("a", "1", ProvisioningStatus.PENDING);
    VersionedPlacement b = stored("b", "2", ProvisioningStatus.PENDING);

    for (int i = 0; i < 3; i++) {
      assertThat(oneSlot.bodyOf(a)).isEqualTo(render(a));
      assertThat(oneSlot.bodyOf(b)).isEqualTo(render(b));
    }
  }

  @Test
  void slotsAreAPowerOfTwo() {
    assertThatThrownBy(() -> new GetBodyCache(3, GetBodyCacheTest::render))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentReadersOfChangingVersionsEachGetTheBodyOfWhatTheyRead() throws Exception {
    // one slot, so every thread keeps replacing what the others just cached
    GetBodyCache oneSlot = new GetBodyCache(1, GetBodyCacheTest::render);
    List<VersionedPlacement> versions = new ArrayList<>();
    for (int v = 0; v < 8; v++) {
      ProvisioningStatus status =
          v % 2 == 0 ? ProvisioningStatus.PENDING : ProvisioningStatus.QUEUED;
      versions.add(stored(v % 3 == 0 ? "a" : "b", Integer.toString(v), status));
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> wrong = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        wrong.add(
            threads.submit(
                () -> {
                  int mismatches = 0;
                  for (int i = 0; i < 20_000; i++) {
                    VersionedPlacement read = versions.get((i + offset) % versions.size());
                    if (!text(oneSlot.bodyOf(read)).equals(text(render(read)))) {
                      mismatches++;
                    }
                  }
                  return mismatches;
                }));
      }
      for (Future<Integer> mismatches : wrong) {
        assertThat(mismatches.get(60, TimeUnit.SECONDS)).isZero();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static VersionedPlacement stored(String name, String version, ProvisioningStatus status) {
    PlacementStatus pending = PlacementStatus.pending(T0);
    PlacementStatus current =
        status == ProvisioningStatus.PENDING ? pending : pending.movedTo(status, "moved", T0);
    WorkloadPlacement placement =
        new WorkloadPlacement(SamplePlacements.seedNamed(name).toSpec(), current, T0, null);
    return new VersionedPlacement(placement, version, Long.parseLong(version));
  }

  private static byte[] render(VersionedPlacement placement) {
    return PlacementRepresentation.toJson(placement).getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}

package io.workloadplacement.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.PlacementPatches;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.ProvisioningStatus;
import io.workloadplacement.domain.model.WorkloadPlacement;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.simulator.cluster.ClusterView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client's write and the simulated clock's transitions do not interleave: the engine never acts
 * on a stored placement newer than the events it has seen. Found by bench/soak.sh, which logged
 * "runs on worker-3 without its GPUs".
 */
class ClientWritesAndTheClockTest {

  private final Simulator sim =
      Sims.manual(LifecycleEndToEndTest.topology(Map.of("gpu-a", 1, "gpu-b", 1)));

  @AfterEach
  void close() {
    sim.close();
  }

  @Test
  void aClusterChangeSentWhileTheClockRunsNeverStartsAPlacementWithoutItsGpus() throws Exception {
    create("holder", "gpu-b");
    create("mover", "gpu-a");
    sim.advance(Duration.ofSeconds(2)); // both Queued and granted; provisioning due at 12 s
    create("trigger", "gpu-a");

    // while the clock runs (at 4 s, the trigger's admission), a client moves the mover to gpu-b,
    // whose one GPU the holder has; the clock goes on to 12 s before the client's write is done
    AtomicBoolean sent = new AtomicBoolean();
    AtomicReference<CompletableFuture<Void>> update = new AtomicReference<>();
    AtomicReference<Thread> client = new AtomicReference<>();
    sim.subscribe(
        event -> {
          if (event.placement().name().equals("trigger")
              && event.placement().placement().provisioningStatus() == ProvisioningStatus.QUEUED
              && sent.compareAndSet(false, true)) {
            update.set(CompletableFuture.runAsync(() -> moveToGpuB(client)));
            awaitWaiting(client);
          }
        });
    sim.advance(Duration.ofSeconds(10));
    try {
      update.get().get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      // refused once it is InProgress: fine, the point is where it runs
    }

    assertThat(sent).isTrue();
    for (String name : List.of("holder", "mover")) {
      WorkloadPlacement placement = Sims.placement(sim, name);
      if (placement.provisioningStatus() == ProvisioningStatus.IN_PROGRESS) {
        for (String cluster : placement.spec().clusters()) {
          assertThat(sim.cluster(cluster).map(ClusterView::gpuHolders).orElseThrow())
              .as("%s is InProgress on %s, so it holds a GPU there", name, cluster)
              .contains(name);
        }
      }
    }
  }

  private void create(String name, String cluster) {
    sim.placements()
        .create(
            new CreatePlacementCommand(SamplePlacements.oneCommand("abc", name, List.of(cluster))));
  }

  private void moveToGpuB(AtomicReference<Thread> client) {
    client.set(Thread.currentThread());
    sim.placements()
        .update(
            new UpdatePlacementCommand(
                "mover",
                PlacementPatches.patch().clusters(List.of("gpu-b")).build(),
                Optional.empty()));
  }

  /** Until the client's thread waits for the simulation lock (before or after storing). */
  private static void awaitWaiting(AtomicReference<Thread> client) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (client.get() == null || client.get().getState() != Thread.State.WAITING) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the client's update never reached the simulation lock");
      }
      Thread.onSpinWait();
    }
  }
}

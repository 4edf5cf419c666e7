package io.workloadplacement.k8s;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.out.PlacementWatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The domain's {@link PlacementWatch} on a fabric8 informer of the {@code WorkloadPlacement}
 * resources of one namespace: every change the API server reports, whoever made it (this replica,
 * another one, {@code kubectl}), reaches every subscriber, so the watch stream of every replica
 * shows the same changes. An event's sequence is the object's resourceVersion.
 *
 * <p>The informer calls its handler on its own thread, one change at a time and never on the thread
 * that reads the API server's watch, so subscribers (who must not block anyway) cannot hold the
 * informer up. The handler keeps the placements it has delivered; the initial events of a new
 * subscription are taken from that map under the same lock as delivery, so none falls between.
 *
 * <p>A stored object that cannot be read as a placement (edited by hand into something invalid) is
 * logged and left out, as GET and LIST refuse it too. Build one with {@link
 * KubernetesStore#placementWatch()}.
 */
public final class InformerPlacementWatch implements PlacementWatch, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(InformerPlacementWatch.class);

  private final SharedIndexInformer<WorkloadPlacementResource> informer;
  private final PlacementResourceMapper mapper;
  private final Object lock = new Object();
  // guarded by lock: each placement as last delivered, by name
  private final Map<String, VersionedPlacement> delivered = new HashMap<>();
  // added and removed under lock, so that no event reaches a subscription after it closed
  private final List<Consumer<PlacementEvent>> subscribers = new CopyOnWriteArrayList<>();
  private boolean closed; // guarded by lock
  // the names the handler has taken in, readable or not
  private final Set<String> handled = ConcurrentHashMap.newKeySet();

  InformerPlacementWatch(KubernetesClient client, String namespace) {
    this.mapper = new PlacementResourceMapper(InformerPlacementWatch::noWrites);
    this.informer =
        client
            .resources(WorkloadPlacementResource.class)
            .inNamespace(namespace)
            .runnableInformer(0);
    informer.addEventHandler(new Handler());
    informer.exceptionHandler(InformerFailures.keepTrying("workload placements in " + namespace));
  }

  /** Starts listing and watching; returns at once (see {@link #hasSynced()}). */
  void start() {
    informer.start();
  }

  /**
   * True once the informer has listed the placements, is watching for changes, and its handler has
   * taken in every object it listed (fabric8 calls the handler after the list is cached): the watch
   * is then complete. False again while it has lost its watch and not yet listed again.
   */
  public boolean hasSynced() {
    return informer.hasSynced()
        && informer.isWatching()
        && informer.getStore().list().stream()
            .allMatch(r -> handled.contains(r.getMetadata().getName()));
  }

  @Override
  public Subscription subscribe(boolean initialEvents, Consumer<PlacementEvent> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    // a wrapper per subscription, so one consumer subscribed twice is removed once per close
    Consumer<PlacementEvent> own = subscriber::accept;
    synchronized (lock) {
      if (initialEvents) {
        List<VersionedPlacement> present = new ArrayList<>(delivered.values());
        present.sort(Comparator.comparing(VersionedPlacement::name));
        present.forEach(p -> deliver(own, new PlacementEvent(PlacementEvent.Type.ADDED, p)));
      }
      if (!closed) {
        subscribers.add(own);
      }
    }
    return () -> {
      synchronized (lock) {
        subscribers.remove(own);
      }
    };
  }

  /** Stops the informer; no event is delivered once this returns. */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      subscribers.clear();
    }
    informer.close();
  }

  // ADDED or MODIFIED by what the subscribers were shown: a relist after a lost watch adds again
  private void onChange(WorkloadPlacementResource resource) {
    try {
      if (CleanupFinalizer.deletedForClients(resource.getMetadata())) {
        onDeletedForClients(resource);
        return;
      }
      Optional<VersionedPlacement> read = read(resource);
      if (read.isEmpty()) {
        return;
      }
      VersionedPlacement placement = read.get();
      synchronized (lock) {
        VersionedPlacement previous = delivered.put(placement.name(), placement);
        if (previous == null) {
          publish(PlacementEvent.Type.ADDED, placement);
        } else if (!previous.version().equals(placement.version())) {
          publish(PlacementEvent.Type.MODIFIED, placement);
        }
      }
    } finally {
      // taken in once delivered: hasSynced() must not be true while a listed object is on its way
      handled.add(resource.getMetadata().getName());
    }
  }

  /**
   * Marked for deletion and held only by this adapter's finalizer: deleted for the subscribers now,
   * shown as stored then (its status is what the controller cleans up after); its removal once the
   * controller has cleaned up is then no news.
   */
  private void onDeletedForClients(WorkloadPlacementResource resource) {
    Optional<VersionedPlacement> read = read(resource);
    synchronized (lock) {
      VersionedPlacement last = delivered.remove(resource.getMetadata().getName());
      if (last != null) {
        publish(PlacementEvent.Type.DELETED, read.orElse(last));
      }
    }
  }

  private void onDeleted(WorkloadPlacementResource resource) {
    handled.remove(resource.getMetadata().getName());
    synchronized (lock) {
      VersionedPlacement last = delivered.remove(resource.getMetadata().getName());
      if (last != null) {
        // as last delivered: a final state the informer missed may be unknown or unreadable
        publish(PlacementEvent.Type.DELETED, last);
      }
    }
  }

  private Optional<VersionedPlacement> read(WorkloadPlacementResource resource) {
    try {
      return Optional.of(mapper.toDomain(resource));
    } catch (RuntimeException e) {
      LOG.warn(
          "the workload placement \"{}\" cannot be read, left out of the watch: {}",
          resource.getMetadata().getName(),
          e.getMessage());
      return Optional.empty();
    }
  }

  private void publish(PlacementEvent.Type type, VersionedPlacement placement) {
    PlacementEvent event = new PlacementEvent(type, placement);
    subscribers.forEach(s -> deliver(s, event));
  }

  private static void deliver(Consumer<PlacementEvent> subscriber, PlacementEvent event) {
    try {
      subscriber.accept(event);
    } catch (RuntimeException e) {
      LOG.warn("a watch subscriber failed on {} {}", event.type(), event.placement().name(), e);
    }
  }

  private static String noWrites() {
    throw new IllegalStateException("the watch only reads placements");
  }

  private final class Handler implements ResourceEventHandler<WorkloadPlacementResource> {
    @Override
    public void onAdd(WorkloadPlacementResource resource) {
      onChange(resource);
    }

    @Override
    public void onUpdate(WorkloadPlacementResource before, WorkloadPlacementResource after) {
      onChange(after);
    }

    @Override
    public void onDelete(WorkloadPlacementResource resource, boolean finalStateUnknown) {
      onDeleted(resource);
    }
  }
}

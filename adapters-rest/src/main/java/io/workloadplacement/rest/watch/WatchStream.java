package io.workloadplacement.rest.watch;

import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.domain.port.out.PlacementWatch;
import io.workloadplacement.rest.placement.PlacementRepresentation;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One client's watch: events are queued by the backend (under its locks, so only queued) and
 * written by the stream's own thread as server-sent events, {@code event:} the type, {@code id:}
 * the version and {@code data:} {@code {"type": ..., "object": <the placement as GET shows it>}}. A
 * comment is sent when the stream opens and after every quiet heartbeat, which keeps proxies from
 * closing it and finds out when the client has gone. A client that falls further behind than the
 * queue holds is ended, as Kubernetes ends a watch it cannot keep up with; it watches again.
 */
final class WatchStream {

  /** Why {@link #run} returned. */
  enum Ending {
    /** {@link #stop} was called (the server is stopping). */
    STOPPED,
    /** Writing failed: the client went away. */
    CLIENT_LEFT,
    /** More events were waiting than the queue holds. */
    FELL_BEHIND
  }

  /** Where a stream's frames go: the response, or a test's list. */
  @FunctionalInterface
  interface FrameSink {
    /** Writes {@code text} and flushes it to the client. */
    void write(String text) throws IOException;
  }

  private final FrameSink sink;
  private final Predicate<String> workspaceShown;
  private final Duration heartbeat;
  // an empty element wakes the writer to look at the flags below
  private final BlockingQueue<Optional<PlacementEvent>> queue;
  private volatile boolean stopped;
  private volatile boolean fellBehind;
  // written by this stream's thread only: the store's sequence each placement was last sent at
  private final Map<String, Long> sent = new HashMap<>();

  /**
   * A stream to {@code sink} of the events whose placement's workspace {@code workspaceShown}
   * accepts, holding at most {@code capacity} unwritten events.
   */
  WatchStream(FrameSink sink, Predicate<String> workspaceShown, Duration heartbeat, int capacity) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.workspaceShown = Objects.requireNonNull(workspaceShown, "workspaceShown");
    this.heartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
    this.queue = new LinkedBlockingQueue<>(capacity);
  }

  /** Called by the backend, perhaps under its locks: never blocks. */
  void enqueue(PlacementEvent event) {
    if (!queue.offer(Optional.of(event))) {
      fellBehind = true;
      wake();
    }
  }

  /** Makes {@link #run} return soon. */
  void stop() {
    stopped = true;
    wake();
  }

  private void wake() {
    // what is still queued is dropped anyway: make room for the wake-up
    queue.clear();
    queue.offer(Optional.empty());
  }

  /** Writes events until the client goes away, the stream is stopped or falls behind. */
  Ending run(PlacementWatch.Subscription subscription) {
    try (subscription) {
      // subscribed: from here on the client misses nothing, and may rely on that
      sink.write(": watching\n\n");
      while (!Thread.currentThread().isInterrupted()) {
        Optional<PlacementEvent> next = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        if (stopped) {
          return Ending.STOPPED;
        } else if (fellBehind) {
          return Ending.FELL_BEHIND;
        } else if (next == null) {
          sink.write(": heartbeat\n\n");
        } else if (next.isPresent() && shouldSend(next.get())) {
          sink.write(frame(next.get()));
        }
      }
      return Ending.STOPPED;
    } catch (IOException | IllegalStateException e) {
      // the client went away (Jetty may already have recycled the response): nothing to tell it
      return Ending.CLIENT_LEFT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Ending.STOPPED;
    }
  }

  private boolean shouldSend(PlacementEvent event) {
    String name = event.placement().name();
    if (!workspaceShown.test(event.placement().placement().workspaceName())) {
      return false;
    }
    if (event.type() == PlacementEvent.Type.DELETED) {
      sent.remove(name);
      return true;
    }
    Long last = sent.get(name);
    if (last != null && event.sequence() <= last) {
      return false; // the initial events already showed this write
    }
    sent.put(name, event.sequence());
    return true;
  }

  private static String frame(PlacementEvent event) {
    String type = event.type().name();
    return "id: "
        + event.placement().version()
        + "\nevent: "
        + type
        + "\ndata: {\"type\":\""
        + type
        + "\",\"object\":"
        + PlacementRepresentation.toJson(event.placement())
        + "}\n\n";
  }
}

package io.workloadplacement.simulator.http;

import io.workloadplacement.domain.model.PlacementEvent;
import io.workloadplacement.rest.placement.PlacementRepresentation;
import io.workloadplacement.simulator.event.Subscription;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One client's watch: events are queued by the simulator (under its lock, so only queued) and
 * written by the stream's own thread as server-sent events, {@code event:} the type, {@code id:}
 * the version and {@code data:} {@code {"type": ..., "object": <the placement as GET shows it>}}. A
 * comment is sent when the stream opens and after every quiet heartbeat, which keeps proxies from
 * closing it and finds out when the client has gone.
 */
final class WatchStream {

  private final HttpServletResponse response;
  private final Optional<String> workspace;
  private final Duration heartbeat;
  // an empty element asks the stream to stop
  private final BlockingQueue<Optional<PlacementEvent>> queue = new LinkedBlockingQueue<>();
  // written by this stream's thread only: the version each placement was last sent at
  private final Map<String, Long> sent = new HashMap<>();

  WatchStream(HttpServletResponse response, Optional<String> workspace, Duration heartbeat) {
    this.response = Objects.requireNonNull(response, "response");
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.heartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
  }

  /** Called by the simulator, under its lock: must not block. */
  void enqueue(PlacementEvent event) {
    queue.add(Optional.of(event));
  }

  /** Makes {@link #run} return soon. */
  void stop() {
    queue.add(Optional.empty());
  }

  /**
   * Writes events until the client goes away or the stream is stopped; then unsubscribes.
   *
   * @return true when the client went away, false when the stream was stopped
   */
  boolean run(Subscription subscription) {
    try (subscription) {
      // subscribed: from here on the client misses nothing, and may rely on that
      write(": watching\n\n");
      while (!Thread.currentThread().isInterrupted()) {
        Optional<PlacementEvent> next = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        if (next == null) {
          write(": heartbeat\n\n");
        } else if (next.isEmpty()) {
          return false;
        } else if (shouldSend(next.get())) {
          write(frame(next.get()));
        }
      }
      return false;
    } catch (IOException | IllegalStateException e) {
      // the client went away (Jetty may already have recycled the response): nothing to tell it
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private boolean shouldSend(PlacementEvent event) {
    String name = event.placement().name();
    if (workspace.isPresent()
        && !workspace.get().equals(event.placement().placement().workspaceName())) {
      return false;
    }
    long version = versionOf(event);
    if (event.type() == PlacementEvent.Type.DELETED) {
      sent.remove(name);
      return true;
    }
    Long last = sent.get(name);
    if (last != null && version <= last) {
      return false; // the snapshot already showed this version
    }
    sent.put(name, version);
    return true;
  }

  private static long versionOf(PlacementEvent event) {
    try {
      return Long.parseLong(event.placement().version());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
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

  private void write(String text) throws IOException {
    response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    response.flushBuffer();
  }
}

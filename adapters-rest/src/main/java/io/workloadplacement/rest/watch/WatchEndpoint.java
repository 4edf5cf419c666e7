package io.workloadplacement.rest.watch;

import io.javalin.http.Context;
import io.workloadplacement.domain.port.out.PlacementWatch;
import io.workloadplacement.rest.http.AccessLog;
import io.workloadplacement.rest.http.RequestIds;
import io.workloadplacement.rest.placement.PlacementController;
import io.workloadplacement.rest.placement.WatchQuery;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/workload-placement/watch}: the backend's {@link PlacementWatch} as server-sent
 * events, optionally for one {@code workspaceName} (and never beyond the caller's workspace). Like
 * a Kubernetes watch it starts with an ADDED event for every placement already there ({@code
 * sendInitialEvents=false} skips them).
 *
 * <p>Each stream has its own thread (from a {@link #close}-able pool) that writes what the backend
 * queued for it. A stream whose client left still completes its asynchronous request: left open,
 * Jetty would count it in flight for ever and a graceful stop would wait for it. The app closes the
 * endpoint when it stops, which ends every stream.
 */
public final class WatchEndpoint implements AutoCloseable {

  /** The watch's path. */
  public static final String PATH = PlacementController.BASE + "/watch";

  /** How long a stream stays quiet before a heartbeat comment, by default. */
  public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);

  /** How many events a stream holds for a client that reads slower than they come. */
  static final int QUEUE_CAPACITY = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(WatchEndpoint.class);

  private final PlacementWatch watch;
  private final Duration heartbeat;
  private final Set<WatchStream> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads;

  /** The watch of {@code watch}, with a heartbeat comment after {@code heartbeat} of quiet. */
  public WatchEndpoint(PlacementWatch watch, Duration heartbeat) {
    this.watch = Objects.requireNonNull(watch, "watch");
    if (heartbeat.isNegative() || heartbeat.isZero()) {
      throw new IllegalArgumentException("heartbeat must be positive");
    }
    this.heartbeat = heartbeat;
    AtomicInteger count = new AtomicInteger();
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "watch-stream-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** How many streams are open right now. */
  public int openStreams() {
    return open.size();
  }

  /**
   * Serves one watch request; {@code callerWorkspace} is the one workspace the caller may see, if
   * it is limited to one.
   */
  public void serve(Context ctx, Optional<String> callerWorkspace) throws IOException {
    WatchQuery query = WatchQuery.from(ctx);
    WatchStream stream =
        new WatchStream(
            sinkOf(ctx.res()),
            shown(query.workspaceName(), callerWorkspace),
            heartbeat,
            QUEUE_CAPACITY);
    ctx.status(200);
    ctx.res().setContentType("text/event-stream;charset=utf-8");
    ctx.res().setHeader("Cache-Control", "no-cache");
    // nginx and others buffer responses unless told not to
    ctx.res().setHeader("X-Accel-Buffering", "no");
    ctx.res().flushBuffer();
    CompletableFuture<Void> ended = new CompletableFuture<>();
    String requestId = RequestIds.of(ctx);
    String target = AccessLog.target(ctx);
    long startNanos = System.nanoTime();
    // Javalin calls the supplier once the request is asynchronous; when `ended` completes it
    // completes the response
    ctx.future(
        () -> {
          ctx.req().getAsyncContext().setTimeout(0);
          threads.execute(
              () -> {
                open.add(stream);
                WatchStream.Ending ending;
                try {
                  ending = stream.run(watch.subscribe(query.initialEvents(), stream::enqueue));
                } finally {
                  open.remove(stream);
                }
                double tookMs = (System.nanoTime() - startNanos) / 1e6;
                if (ending == WatchStream.Ending.CLIENT_LEFT) {
                  AccessLog.write(requestId, "GET", target, 200, tookMs, "client left");
                } else if (ending == WatchStream.Ending.FELL_BEHIND) {
                  LOG.warn(
                      "requestId={} watch ended: the client fell {} events behind",
                      requestId,
                      QUEUE_CAPACITY);
                }
                ended.complete(null);
              });
          return ended;
        });
  }

  /** Ends every open stream (their clients see the end of the response) and refuses new ones. */
  @Override
  public void close() {
    threads.shutdown();
    open.forEach(WatchStream::stop);
    try {
      // let each stream's end be written before the server stops under it
      if (!threads.awaitTermination(2, TimeUnit.SECONDS)) {
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** The workspaces a stream shows: the one asked for, within the caller's. */
  private static Predicate<String> shown(Optional<String> asked, Optional<String> caller) {
    return workspace ->
        asked.map(workspace::equals).orElse(true) && caller.map(workspace::equals).orElse(true);
  }

  private static WatchStream.FrameSink sinkOf(HttpServletResponse response) {
    return text -> {
      response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
      response.flushBuffer();
    };
  }
}

package io.workloadplacement.simulator.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.workloadplacement.domain.model.DnsNames;
import io.workloadplacement.rest.http.AccessLog;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.RequestIds;
import io.workloadplacement.simulator.Simulator;
import java.io.IOException;
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

/**
 * {@code GET /api/v1/workload-placement/watch}: placement events as server-sent events, optionally
 * for one {@code workspaceName}. Like a Kubernetes watch it starts with an ADDED event for every
 * placement already there ({@code sendInitialEvents=false} skips them).
 *
 * <p>The API's {@code GET /api/v1/workload-placement/{name}} is registered before any extension,
 * and Javalin gives a request to the first route that matches, so a route here would never be
 * reached: the watch is served from a before-handler on its exact path, which then skips the
 * routes. Only GET is taken; a placement named {@code watch} stays readable at {@code
 * /api/v1/workload-placement/get/watch} and writable as usual.
 *
 * <p>Each stream has its own thread (from {@link #close}-able pool) that writes what the simulator
 * queued for it; the simulator's callback only enqueues, since it runs under the simulation lock.
 */
final class WatchRoute implements AutoCloseable {

  /** The last path segment of the watch. */
  static final String SEGMENT = "watch";

  /** The watch's path. */
  static final String PATH = ApiCall.BASE + "/" + SEGMENT;

  private final Simulator simulator;
  private final Duration heartbeat;
  private final Set<WatchStream> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads;

  /** A watch on {@code simulator} that sends a heartbeat comment after {@code heartbeat} quiet. */
  WatchRoute(Simulator simulator, Duration heartbeat) {
    this.simulator = Objects.requireNonNull(simulator, "simulator");
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

  void register(RoutesConfig routes) {
    routes.before(PATH, this::serve);
  }

  /** How many streams are open right now. */
  int openStreams() {
    return open.size();
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

  private void serve(Context ctx) throws IOException {
    if (!ctx.method().name().equals("GET")) {
      return;
    }
    ctx.skipRemainingHandlers();
    Optional<String> workspace = Optional.ofNullable(ctx.queryParam("workspaceName"));
    if (workspace.isPresent() && !DnsNames.isLabel(workspace.get())) {
      throw new ApiErrorException(
          ControlErrors.invalid("workspaceName", "must be a DNS-1123 label"));
    }
    boolean initialEvents = !"false".equals(ctx.queryParam("sendInitialEvents"));
    WatchStream stream = new WatchStream(ctx.res(), workspace, heartbeat);
    ctx.status(200);
    ctx.res().setContentType("text/event-stream;charset=utf-8");
    ctx.res().setHeader("Cache-Control", "no-cache");
    // nginx and others buffer responses unless told not to
    ctx.res().setHeader("X-Accel-Buffering", "no");
    ctx.res().flushBuffer();
    CompletableFuture<Void> ended = new CompletableFuture<>();
    String requestId = RequestIds.of(ctx);
    long startNanos = System.nanoTime();
    String target = AccessLog.target(ctx);
    // Javalin calls the supplier once the request is asynchronous; when `ended` completes it logs
    // the request and completes the response
    ctx.future(
        () -> {
          ctx.req().getAsyncContext().setTimeout(0);
          threads.execute(
              () -> {
                open.add(stream);
                boolean clientLeft;
                try {
                  clientLeft =
                      stream.run(
                          initialEvents
                              ? simulator.subscribeWithSnapshot(stream::enqueue)
                              : simulator.subscribe(stream::enqueue));
                } finally {
                  open.remove(stream);
                }
                if (clientLeft) {
                  AccessLog.write(
                      requestId,
                      "GET",
                      target,
                      200,
                      (System.nanoTime() - startNanos) / 1e6,
                      "client left");
                }
                // completing ends the asynchronous request; left open, Jetty would count a
                // departed client as in flight for ever, and a graceful stop would wait for it
                ended.complete(null);
              });
          return ended;
        });
  }
}

package io.workloadplacement.rest.launch;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Starts a server and keeps it serving until the JVM is asked to stop (SIGTERM, Ctrl+C), then
 * closes it and says so: the serving loop of every command that starts a server.
 */
public final class ServeUntilStopped {

  private ServeUntilStopped() {}

  /**
   * Starts a server with {@code start} (which prints where it listens) and blocks until the JVM's
   * shutdown hooks have closed it, printing "Stopping..." and then "Stopped." (or why not cleanly)
   * to {@code out}; answers the exit code 0. The hook is in place before the server starts, so a
   * SIGTERM right after its banner still stops it gracefully. A failure of {@code start} is thrown
   * as it is.
   */
  public static int serve(
      Supplier<? extends AutoCloseable> start, PrintWriter out, String threadName)
      throws InterruptedException {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(out, "out");
    CompletableFuture<AutoCloseable> started = new CompletableFuture<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    close(started.join(), out);
                  } catch (CompletionException e) {
                    // it never started: nothing to close
                  }
                  stopped.countDown();
                },
                threadName));
    try {
      started.complete(start.get());
    } catch (RuntimeException e) {
      started.completeExceptionally(e);
      throw e;
    }
    stopped.await();
    return 0;
  }

  private static void close(AutoCloseable server, PrintWriter out) {
    out.println("Stopping...");
    out.flush();
    try {
      server.close();
      out.println("Stopped.");
    } catch (Exception e) {
      // the JVM is going down either way: say so instead of a stack trace
      out.println("Stopped, not cleanly: " + e.getMessage());
    }
    out.flush();
  }
}

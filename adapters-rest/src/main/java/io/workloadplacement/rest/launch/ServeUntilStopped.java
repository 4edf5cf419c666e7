package io.workloadplacement.rest.launch;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps a started server serving until the JVM is asked to stop (SIGTERM, Ctrl+C), then closes it
 * and says so: the serving loop of every command that starts a server.
 */
public final class ServeUntilStopped {

  private ServeUntilStopped() {}

  /**
   * Blocks until the JVM's shutdown hooks run and {@code server} is closed; prints "Stopping..."
   * and then "Stopped." (or why not cleanly) to {@code out}. Answers the exit code 0.
   */
  public static int serve(AutoCloseable server, PrintWriter out, String threadName)
      throws InterruptedException {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(out, "out");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
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
                  stopped.countDown();
                },
                threadName));
    stopped.await();
    return 0;
  }
}

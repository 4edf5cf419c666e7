package io.workloadplacement.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One watch client of a soak, again and again until the deadline: it opens the watch (all
 * workspaces, one, or without the initial events), then reads it and checks each frame, leaves at
 * once, or stops reading for a while, and disconnects after a random stay of up to two seconds.
 */
final class SoakWatcher implements Runnable {

  private static final List<String> QUERIES =
      List.of("", "?workspaceName=ws-1", "?sendInitialEvents=false");
  private static final Set<String> TYPES = Set.of("ADDED", "MODIFIED", "DELETED");

  private final SoakClient http;
  private final long deadline;
  private final SplittableRandom random;
  private final SoakTally tally;
  private final ScheduledExecutorService closer;

  SoakWatcher(
      SoakClient http,
      long deadline,
      SplittableRandom random,
      SoakTally tally,
      ScheduledExecutorService closer) {
    this.http = http;
    this.deadline = deadline;
    this.random = random;
    this.tally = tally;
    this.closer = closer;
  }

  @Override
  public void run() {
    while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
      String query = QUERIES.get(random.nextInt(QUERIES.size()));
      http.stream("watch", "/api/v1/workload-placement/watch" + query)
          .ifPresent(
              body -> {
                tally.watchOpened();
                stay(body);
              });
    }
  }

  /** Reads, idles or leaves at once, then disconnects; closing the body ends a blocked read. */
  private void stay(InputStream body) {
    int mode = random.nextInt(4);
    long stayMillis = random.nextLong(2_000);
    var closing = closer.schedule(() -> close(body), stayMillis, TimeUnit.MILLISECONDS);
    try {
      if (mode == 0) {
        close(body); // connects and leaves before the first frame
      } else if (mode == 1) {
        closing.get(); // holds the stream without reading: the server's writes back up
      } else {
        read(body);
      }
    } catch (Exception e) {
      // the stay ended
    } finally {
      closing.cancel(false);
      close(body);
    }
  }

  private void read(InputStream body) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    boolean first = true;
    String event = null;
    String id = null;
    String comment = null;
    String data = null;
    String line;
    while ((line = in.readLine()) != null) {
      if (!line.isEmpty()) {
        if (line.startsWith(":")) {
          comment = line.substring(1).trim();
        } else if (line.startsWith("event: ")) {
          event = line.substring(7);
        } else if (line.startsWith("id: ")) {
          id = line.substring(4);
        } else if (line.startsWith("data: ")) {
          data = line.substring(6);
        } else {
          tally.badFrame("unknown line " + line);
        }
        continue;
      }
      if (first && !"watching".equals(comment)) {
        tally.badFrame("the stream did not open with ': watching' but " + comment + " " + event);
      } else if (comment == null) {
        check(event, id, data);
      }
      first = false;
      event = id = comment = data = null;
    }
  }

  private void check(String event, String id, String data) {
    tally.event();
    if (event == null || !TYPES.contains(event) || id == null || id.isEmpty()) {
      tally.badFrame("event " + event + " id " + id);
    } else if (data == null || !data.startsWith("{\"type\":\"" + event + "\",\"object\":{")) {
      tally.badFrame("data of " + event + ": " + data);
    }
  }

  private static void close(InputStream body) {
    try {
      body.close();
    } catch (IOException e) {
      // already gone
    }
  }
}

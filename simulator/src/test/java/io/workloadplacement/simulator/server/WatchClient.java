package io.workloadplacement.simulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client of the watch stream: a thread reads its frames into a queue, and the test takes them
 * with bounded waits. Comments ({@code : watching}, heartbeats) are frames too.
 */
public final class WatchClient implements AutoCloseable {

  /** One server-sent event; {@code comment} is set for a comment and nothing else. */
  public record Frame(String comment, String event, String id, String data) {

    public boolean isComment() {
      return comment != null;
    }

    public JsonNode json() {
      return Json.read(data);
    }

    /** The placement the event carries. */
    public JsonNode object() {
      return json().path("object");
    }

    public String provisioningStatus() {
      return object().path("status").path("provisioningStatus").asText();
    }
  }

  private static final Duration WAIT = Duration.ofSeconds(10);

  public final HttpResponse<InputStream> response;
  private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
  private final Thread reader;
  private volatile boolean ended;

  private WatchClient(HttpResponse<InputStream> response) {
    this.response = response;
    this.reader = new Thread(this::read, "watch-client");
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens the watch with {@code query} (such as {@code ?workspaceName=abc}, or empty). */
  public static WatchClient open(HttpSim sim, String query) {
    HttpRequest request =
        HttpRequest.newBuilder(sim.uri(HttpSim.API + "/watch" + query))
            .header("Accept", "text/event-stream")
            .GET()
            .build();
    try {
      return new WatchClient(sim.client().send(request, HttpResponse.BodyHandlers.ofInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Opens the watch and waits until the server says it is subscribed. */
  public static WatchClient subscribed(HttpSim sim, String query) {
    WatchClient client = open(sim, query);
    Frame first = client.nextFrame();
    if (!"watching".equals(first.comment())) {
      throw new AssertionError("expected the opening comment, got " + first);
    }
    return client;
  }

  /** The next frame, comments included; fails after a bounded wait. */
  public Frame nextFrame() {
    try {
      Frame frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (frame == null) {
        throw new AssertionError("no frame within " + WAIT);
      }
      return frame;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The next event, skipping comments. */
  public Frame nextEvent() {
    Frame frame;
    do {
      frame = nextFrame();
    } while (frame.isComment());
    return frame;
  }

  /** The next {@code n} events. */
  public List<Frame> nextEvents(int n) {
    List<Frame> events = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      events.add(nextEvent());
    }
    return events;
  }

  /** Events until one carries {@code status}, that one included. */
  public List<Frame> eventsUntilStatus(String status) {
    List<Frame> events = new ArrayList<>();
    Frame frame;
    do {
      frame = nextEvent();
      events.add(frame);
    } while (!status.equals(frame.provisioningStatus()));
    return events;
  }

  /** True when a frame arrives within {@code wait}; for asserting that nothing does. */
  public Frame pollEvent(Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        Frame frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (frame == null || !frame.isComment()) {
          return frame;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String comment = null;
      String event = null;
      String id = null;
      StringBuilder data = null;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty()) {
          if (comment != null || data != null) {
            frames.add(new Frame(comment, event, id, data == null ? null : data.toString()));
          }
          comment = event = id = null;
          data = null;
        } else if (line.startsWith(":")) {
          comment = line.substring(1).trim();
        } else if (line.startsWith("event: ")) {
          event = line.substring(7);
        } else if (line.startsWith("id: ")) {
          id = line.substring(4);
        } else if (line.startsWith("data: ")) {
          data = data == null ? new StringBuilder() : data.append('\n');
          data.append(line.substring(6));
        }
      }
    } catch (IOException e) {
      // closed by the test or the server
    } finally {
      ended = true;
    }
  }

  /** True once the stream has ended, by the server or the client. */
  public boolean ended() {
    return ended;
  }

  /** Closes the connection, as a client going away does. */
  @Override
  public void close() {
    try {
      response.body().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

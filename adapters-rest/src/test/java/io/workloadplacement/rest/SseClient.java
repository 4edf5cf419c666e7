package io.workloadplacement.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
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
 * with bounded waits. Comments ({@code : watching}, heartbeats) are frames too. Shared with the
 * simulator's tests through this module's test-jar.
 */
public final class SseClient implements AutoCloseable {

  /** One server-sent event; {@code comment} is set for a comment and nothing else. */
  public record Frame(String comment, String event, String id, String data) {

    public boolean isComment() {
      return comment != null;
    }

    /** The event's data, {@code {"type": ..., "object": ...}}. */
    public JsonNode json() {
      return Json.read(data);
    }

    /** The placement the event carries. */
    public JsonNode object() {
      return json().path("object");
    }

    /** The provisioning status of the placement the event carries. */
    public String provisioningStatus() {
      return object().path("status").path("provisioningStatus").asText();
    }
  }

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public final HttpResponse<InputStream> response;
  private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
  private volatile boolean ended;

  private SseClient(HttpResponse<InputStream> response) {
    this.response = response;
    Thread reader = new Thread(this::read, "sse-client");
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens {@code uri}; {@code headers} are name, value pairs. */
  public static SseClient open(URI uri, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return new SseClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Opens {@code uri} and waits until the server says it is subscribed. */
  public static SseClient subscribed(URI uri, String... headers) {
    SseClient client = open(uri, headers);
    Frame first = client.nextFrame();
    if (!"watching".equals(first.comment())) {
      throw new AssertionError("expected the opening comment, got " + first);
    }
    return client;
  }

  /** The next frame, comments included; fails after a bounded wait. */
  public Frame nextFrame() {
    Frame frame = poll(WAIT);
    if (frame == null) {
      throw new AssertionError("no frame within " + WAIT);
    }
    return frame;
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

  /** The next event within {@code wait}, or null: for asserting that none comes. */
  public Frame pollEvent(Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Frame frame = poll(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
      if (frame == null || !frame.isComment()) {
        return frame;
      }
    }
  }

  private Frame poll(Duration wait) {
    try {
      return frames.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
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

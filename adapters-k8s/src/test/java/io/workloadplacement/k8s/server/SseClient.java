package io.workloadplacement.k8s.server;

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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client of the watch stream: a thread reads its events (comments skipped, but for the opening
 * {@code : watching}) into a queue, and the test takes them with bounded waits.
 */
final class SseClient implements AutoCloseable {

  /** One server-sent event. */
  record Event(String type, String id, String data) {}

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final HttpResponse<InputStream> response;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

  private SseClient(HttpResponse<InputStream> response) {
    this.response = response;
    Thread reader = new Thread(this::read, "sse-client");
    reader.setDaemon(true);
    reader.start();
  }

  /** Opens {@code url} and returns once the server says it is subscribed. */
  static SseClient subscribed(HttpClient http, URI url) {
    HttpRequest request =
        HttpRequest.newBuilder(url).header("Accept", "text/event-stream").GET().build();
    try {
      SseClient client =
          new SseClient(http.send(request, HttpResponse.BodyHandlers.ofInputStream()));
      Event first = client.next();
      if (!"watching".equals(first.type())) {
        throw new AssertionError("expected the opening comment, got " + first);
      }
      return client;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The next event; fails after a bounded wait. */
  Event next() {
    try {
      Event event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (event == null) {
        throw new AssertionError("no event within " + WAIT);
      }
      return event;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String type = null;
      String id = null;
      String data = null;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty()) {
          if (data != null) {
            events.add(new Event(type, id, data));
          }
          type = id = data = null;
        } else if (line.equals(": watching")) {
          events.add(new Event("watching", null, null));
        } else if (line.startsWith("event: ")) {
          type = line.substring(7);
        } else if (line.startsWith("id: ")) {
          id = line.substring(4);
        } else if (line.startsWith("data: ")) {
          data = line.substring(6);
        }
      }
    } catch (IOException e) {
      // closed by the test or the server
    }
  }

  @Override
  public void close() {
    try {
      response.body().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

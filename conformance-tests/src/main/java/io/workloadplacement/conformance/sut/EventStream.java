package io.workloadplacement.conformance.sut;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A server-sent event stream (a watch), read as it arrives: a daemon thread parses the response
 * body into frames and queues them, and the suite takes them with bounded waits. Closing it closes
 * the connection, as a client going away does.
 */
public final class EventStream implements AutoCloseable {

  /** What a frame is. */
  public enum Kind {
    /** an event: {@code event}, {@code id}, {@code data} */
    EVENT,
    /** a comment line ({@code : watching}, heartbeats) */
    COMMENT,
    /** the stream ended (by the server, the client or a read error) */
    END
  }

  /**
   * One frame of the stream.
   *
   * @param kind event, comment or the end
   * @param event the event's type ({@code event:}), null when absent
   * @param id the event's id, null when absent
   * @param data the event's data lines joined with newlines, or the comment's text
   */
  public record Frame(Kind kind, String event, String id, String data) {}

  private final HttpResponse<InputStream> response;
  private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();

  EventStream(HttpResponse<InputStream> response) {
    this.response = response;
    if (response.statusCode() == 200) {
      Thread reader = new Thread(this::read, "conformance-event-stream");
      reader.setDaemon(true);
      reader.start();
    } else {
      frames.add(new Frame(Kind.END, null, null, null));
    }
  }

  /** The HTTP status the stream was opened with. */
  public int status() {
    return response.statusCode();
  }

  /** The first value of response header {@code name}. */
  public Optional<String> header(String name) {
    return response.headers().firstValue(name);
  }

  /**
   * The next frame, waiting at most {@code wait}; empty when none came in time. After the end,
   * every call returns the {@link Kind#END} frame at once.
   */
  public Optional<Frame> next(Duration wait) {
    try {
      Frame frame = frames.poll(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
      if (frame != null && frame.kind() == Kind.END) {
        frames.add(frame); // the end stays the end
      }
      return Optional.ofNullable(frame);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading a stream", e);
    }
  }

  private void read() {
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String event = null;
      String id = null;
      StringBuilder data = null;
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty()) {
          if (data != null || event != null) {
            frames.add(new Frame(Kind.EVENT, event, id, data == null ? "" : data.toString()));
          }
          event = id = null;
          data = null;
        } else if (line.startsWith(":")) {
          frames.add(new Frame(Kind.COMMENT, null, null, line.substring(1).trim()));
        } else {
          int colon = line.indexOf(':');
          String field = colon < 0 ? line : line.substring(0, colon);
          String value = colon < 0 ? "" : line.substring(colon + 1);
          value = value.startsWith(" ") ? value.substring(1) : value;
          switch (field) {
            case "event" -> event = value;
            case "id" -> id = value;
            case "data" ->
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            default -> {} // retry and unknown fields: nothing the suite checks
          }
        }
      }
    } catch (IOException e) {
      // closed by the suite or the server: the end either way
    } finally {
      frames.add(new Frame(Kind.END, null, null, null));
    }
  }

  @Override
  public void close() {
    try {
      response.body().close();
    } catch (IOException e) {
      // already gone
    }
  }
}

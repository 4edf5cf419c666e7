package io.workloadplacement.conformance.sut;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Server-sent events as {@link HttpApiTarget#stream} reads them, from a canned server. */
class EventStreamTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void framesArriveAsTheyAreSentAndTheEndIsTheEnd() throws Exception {
    CountDownLatch second = new CountDownLatch(1);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/watch",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          write(out, ": watching\n\n");
          write(out, "id: 7\nevent: ADDED\ndata: {\"a\":\ndata: 1}\n\n");
          await(second); // the first frames must be readable before the stream goes on
          write(out, "event: DELETED\ndata:{}\n\n");
          exchange.close();
        });
    server.start();
    try (EventStream stream =
        new HttpApiTarget(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Auth.none(), false)
            .stream("/watch")) {
      assertThat(stream.status()).isEqualTo(200);
      assertThat(stream.next(WAIT))
          .contains(new EventStream.Frame(EventStream.Kind.COMMENT, null, null, "watching"));
      assertThat(stream.next(WAIT))
          .contains(new EventStream.Frame(EventStream.Kind.EVENT, "ADDED", "7", "{\"a\":\n1}"));
      assertThat(stream.next(Duration.ofMillis(50))).isEmpty();
      second.countDown();
      assertThat(stream.next(WAIT))
          .contains(new EventStream.Frame(EventStream.Kind.EVENT, "DELETED", null, "{}"));
      assertThat(stream.next(WAIT).orElseThrow().kind()).isEqualTo(EventStream.Kind.END);
      assertThat(stream.next(Duration.ZERO).orElseThrow().kind()).isEqualTo(EventStream.Kind.END);
    } finally {
      server.stop(0);
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

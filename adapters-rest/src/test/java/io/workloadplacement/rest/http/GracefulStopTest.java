package io.workloadplacement.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A stop lets the requests in flight finish, for up to its timeout, at no cost to requests. */
class GracefulStopTest {

  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private Javalin app;

  @AfterEach
  void releaseAndStop() {
    release.countDown();
    if (app != null) {
      app.stop();
    }
  }

  @Test
  void aRequestInFlightWhenTheStopBeginsIsAnswered() throws Exception {
    app = slowApp(Duration.ofSeconds(30));
    CompletableFuture<HttpResponse<String>> answer = getSlow();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    Thread stopping = new Thread(app::stop, "stop");
    stopping.start();
    awaitRefused(app.port()); // the stop has begun: no new connection is taken
    awaitWaitingForRequests();
    assertThat(stopping.isAlive()).as("the stop waits for the request").isTrue();
    assertThat(answer).as("the request is still in flight").isNotDone();
    release.countDown();

    HttpResponse<String> response = answer.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("done");
    stopping.join(TimeUnit.SECONDS.toMillis(10));
    assertThat(stopping.isAlive()).as("the stop ended once the request was answered").isFalse();
  }

  @Test
  void aRequestThatOutlastsTheTimeoutDoesNotHoldTheStop() throws Exception {
    app = slowApp(Duration.ofMillis(200));
    CompletableFuture<HttpResponse<String>> answer = getSlow();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

    Thread stopping = new Thread(app::stop, "stop");
    stopping.start();
    stopping.join(TimeUnit.SECONDS.toMillis(20));

    assertThat(stopping.isAlive()).as("the stop gave up on the request").isFalse();
    // the handler still holds the request: it was cut, or is still waiting, never answered
    assertThat(answer.isDone() && !answer.isCompletedExceptionally()).isFalse();
  }

  @Test
  void requestsPassNoExtraHandlerJavalinsCountServesTheStop() {
    app = slowApp(Duration.ofSeconds(1));

    assertThat(app.jettyServer().server().getDescendant(StatisticsHandler.class)).isNotNull();
    assertThat(app.jettyServer().server().getDescendant(GracefulHandler.class)).isNull();
    assertThat(app.jettyServer().server().getBean(GracefulStop.class)).isNotNull();
  }

  private Javalin slowApp(Duration timeout) {
    return Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.routes.get(
                  "/slow",
                  ctx -> {
                    started.countDown();
                    release.await();
                    ctx.result("done");
                  });
              GracefulStop.configure(config, timeout);
            })
        .start("127.0.0.1", 0);
  }

  private CompletableFuture<HttpResponse<String>> getSlow() {
    return HttpClient.newHttpClient()
        .sendAsync(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/slow")).build(),
            BodyHandlers.ofString());
  }

  // polls, with a deadline, until the stop waits on the requests in flight
  private void awaitWaitingForRequests() {
    GracefulStop stop = app.jettyServer().server().getBean(GracefulStop.class);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!stop.isShutdown()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the stop did not wait on the requests within 10 s");
      }
      Thread.onSpinWait();
    }
  }

  // polls, with a deadline, until the port refuses a connection
  private static void awaitRefused(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      } catch (IOException refused) {
        return;
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("port " + port + " still accepted connections after 10 s");
  }
}

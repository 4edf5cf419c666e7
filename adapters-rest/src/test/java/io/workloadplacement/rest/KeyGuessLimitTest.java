package io.workloadplacement.rest;

import static io.workloadplacement.rest.TestServer.BASE;
import static io.workloadplacement.rest.TestServer.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.rest.auth.ApiKey;
import io.workloadplacement.rest.auth.AuthSettings;
import io.workloadplacement.rest.auth.KeyGuessLimit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The limit on wrong API keys per client address at {@code POST /api/v1/auth}: 429 in the envelope
 * with {@code Retry-After}, judged on the settings' clock, which the test moves.
 */
class KeyGuessLimitTest {

  private static final String AUTH = "/api/v1/auth";
  private static final String KEY = "owner-key-1";
  private static final String GOOD = "{\"apiKey\":\"" + KEY + "\"}";
  private static final String WRONG = "{\"apiKey\":\"guess\"}";

  private TestServer server;

  private void start(UnaryOperator<AuthSettings> auth) {
    server = TestServer.withAuthSettings(List.of(ApiKey.owner(KEY)), auth);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void guessWrong(int times) {
    for (int i = 0; i < times; i++) {
      assertThat(server.post(AUTH, WRONG).status()).isEqualTo(401);
    }
  }

  @Test
  void byDefaultTheEleventhTryAfterTenWrongKeysInAMinuteIsA429EvenWithTheRightKey() {
    start(UnaryOperator.identity());
    guessWrong(10);

    Reply refused = server.post(AUTH, GOOD);

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isEqualTo("60");
    assertThat(refused.header("Content-Type")).startsWith("application/json");
    assertThat(refused.json().path("statusCode").asInt()).isEqualTo(429);
    assertThat(refused.json().path("status").asText()).isEqualTo("Error");
    assertThat(refused.json().path("message").asText()).isEqualTo("Too Many Requests");
    assertThat(refused.json().path("error").path("errorKey").asText()).isEqualTo("TooManyRequests");
    assertThat(refused.nestedError().path("Status").asInt()).isEqualTo(429);
    assertThat(refused.nestedError().path("DetailedError").path("Errormessage").asText())
        .contains("retry after 60 seconds");
    assertThat(refused.body()).doesNotContain(KEY);
  }

  @Test
  void theWaitCountsDownOnTheClockAndTheRightKeyWorksOnceTheOldestGuessLeavesTheWindow() {
    start(UnaryOperator.identity());
    guessWrong(1);
    server.clock.advance(Duration.ofSeconds(30));
    guessWrong(9);

    server.clock.advance(Duration.ofMillis(29_500));
    Reply stillRefused = server.post(AUTH, GOOD);
    assertThat(stillRefused.status()).isEqualTo(429);
    // half a second left is rounded up, so a client that waits as told gets in
    assertThat(stillRefused.header("Retry-After")).isEqualTo("1");

    server.clock.advance(Duration.ofMillis(500));
    Reply admitted = server.post(AUTH, GOOD);
    assertThat(admitted.status()).isEqualTo(200);
    // nine guesses are still in the window: one more wrong key and the door shuts again
    guessWrong(1);
    assertThat(server.post(AUTH, GOOD).status()).isEqualTo(429);
  }

  @Test
  void goodKeysDoNotCount() {
    start(UnaryOperator.identity());
    for (int i = 0; i < 30; i++) {
      String token = server.token(KEY);
      assertThat(server.get(BASE, bearer(token)).status()).isEqualTo(200);
    }

    guessWrong(10);
    assertThat(server.post(AUTH, GOOD).status()).isEqualTo(429);
  }

  @Test
  void theLimitAndItsWindowAreConfigurable() {
    start(auth -> auth.withGuessLimit(new KeyGuessLimit(2, Duration.ofSeconds(10))));
    guessWrong(2);

    Reply refused = server.post(AUTH, WRONG);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isEqualTo("10");

    server.clock.advance(Duration.ofSeconds(10));
    assertThat(server.post(AUTH, GOOD).status()).isEqualTo(200);
  }

  @Test
  void theLimitCanBeTurnedOff() {
    start(auth -> auth.withGuessLimit(KeyGuessLimit.off()));

    guessWrong(50);
    assertThat(server.post(AUTH, GOOD).status()).isEqualTo(200);
  }

  @Test
  void eachClientAddressHasItsOwnCount() {
    start(UnaryOperator.identity());
    guessWrong(10);
    assertThat(server.post(AUTH, GOOD).status()).isEqualTo(429);

    // another loopback address as the source: another client
    assertThat(statusOfPostFrom("127.0.0.2", GOOD)).isEqualTo(200);
    assertThat(statusOfPostFrom("127.0.0.2", WRONG)).isEqualTo(401);
  }

  @Test
  void aBodyWithoutAKeyIsNotAGuess() {
    start(auth -> auth.withGuessLimit(new KeyGuessLimit(1, Duration.ofMinutes(1))));
    for (int i = 0; i < 5; i++) {
      assertThat(server.post(AUTH, "{}").status()).isEqualTo(400);
    }

    assertThat(server.post(AUTH, GOOD).status()).isEqualTo(200);
  }

  /** POSTs {@code body} to the exchange over a socket bound to {@code localAddress}. */
  private int statusOfPostFrom(String localAddress, String body) {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(localAddress, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", server.app.port()), 5_000);
      socket.setSoTimeout(10_000);
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      String head =
          "POST "
              + AUTH
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Content-Length: "
              + bytes.length
              + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(bytes);
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return Integer.parseInt(response.split(" ", 3)[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

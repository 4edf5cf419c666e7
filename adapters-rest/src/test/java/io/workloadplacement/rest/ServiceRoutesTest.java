package io.workloadplacement.rest;

import static io.workloadplacement.rest.TestServer.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.rest.http.ApiResponses;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Health, readiness, request ids and CORS. */
class ServiceRoutesTest {

  @Test
  void healthzAnswersInTheEnvelope() {
    try (TestServer server = TestServer.start()) {
      Reply reply = server.get("/healthz");

      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().path("status").asText()).isEqualTo("OK");
      assertThat(reply.json().path("data").path("status").asText()).isEqualTo("ok");
    }
  }

  @Test
  void healthzsWrittenOutEnvelopeIsTheOneApiResponsesWrites() {
    byte[] serialized = ApiResponses.okEnvelopeBytes("Success", Map.of("status", "ok"));

    assertThat(new String(ServiceRoutes.HEALTHY, StandardCharsets.UTF_8))
        .isEqualTo(new String(serialized, StandardCharsets.UTF_8));
    try (TestServer server = TestServer.start()) {
      Reply reply = server.get("/healthz");
      assertThat(reply.body()).isEqualTo(new String(serialized, StandardCharsets.UTF_8));
      assertThat(reply.header("Content-Type")).startsWith(ApiResponses.JSON);
    }
  }

  @Test
  void readyzFollowsTheReadinessCheck() {
    AtomicBoolean ready = new AtomicBoolean(false);
    try (TestServer server = TestServer.start(b -> b.readiness(ready::get))) {
      Reply notReady = server.get("/readyz");
      assertThat(notReady.status()).isEqualTo(503);
      assertThat(notReady.json().path("error").path("errorKey").asText()).isEqualTo("NotReady");

      ready.set(true);
      assertThat(server.get("/readyz").status()).isEqualTo(200);
    }
  }

  @Test
  void aSafeRequestIdIsEchoedAndAnUnsafeOneReplaced() {
    try (TestServer server = TestServer.start()) {
      assertThat(server.get(BASE, "X-Request-Id", "abc-123").header("X-Request-Id"))
          .isEqualTo("abc-123");
      String generated = server.get(BASE).header("X-Request-Id");
      assertThat(generated).matches("[0-9a-f-]{36}");
      assertThat(server.get(BASE, "X-Request-Id", "two words").header("X-Request-Id"))
          .isNotEqualTo("two words")
          .matches("[0-9a-f-]{36}");
      assertThat(server.get("/nowhere", "X-Request-Id", "lost-1").header("X-Request-Id"))
          .isEqualTo("lost-1");
    }
  }

  @Test
  void anyLoopbackOriginIsAllowedByDefault() {
    try (TestServer server = TestServer.start()) {
      Reply reply = server.get(BASE, "Origin", "http://localhost:5173");
      assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
      assertThat(reply.header("Access-Control-Expose-Headers")).contains("ETag", "Warning");

      Reply other = server.get(BASE, "Origin", "https://evil.example");
      assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }
  }

  @Test
  void aPreflightIsAnsweredForAnAllowedOrigin() {
    try (TestServer server = TestServer.start()) {
      Reply reply =
          server.send(
              "OPTIONS",
              BASE + "/some-name",
              (String) null,
              "Origin",
              "http://127.0.0.1:3000",
              "Access-Control-Request-Method",
              "PUT",
              "Access-Control-Request-Headers",
              "content-type,if-match");

      assertThat(reply.status()).isEqualTo(204);
      assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:3000");
      assertThat(reply.header("Access-Control-Allow-Methods")).contains("PUT");
      assertThat(reply.header("Access-Control-Allow-Headers")).isEqualTo("content-type,if-match");
    }
  }

  @Test
  void configuredOriginsReplaceTheLoopbackDefault() {
    try (TestServer server = TestServer.start(b -> b.allowOrigin("https://ui.example.com"))) {
      assertThat(
              server
                  .get(BASE, "Origin", "https://ui.example.com")
                  .header("Access-Control-Allow-Origin"))
          .isEqualTo("https://ui.example.com");
      assertThat(
              server
                  .get(BASE, "Origin", "http://localhost:5173")
                  .header("Access-Control-Allow-Origin"))
          .isNull();
    }
  }
}

package io.workloadplacement.rest;

import static io.workloadplacement.domain.fixtures.SamplePlacements.SEED_NAME;
import static io.workloadplacement.rest.TestServer.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write that keeps losing races: without If-Match the client gets a 503 it may retry, never a 412
 * about an If-Match it did not send; with one, the 412 is about its own stale version.
 */
class WriteContentionTest {

  private final TestServer server = TestServer.start();

  @BeforeEach
  void seedThenLoseEveryRace() {
    assertThat(server.createSeed().status()).isEqualTo(200);
    server.repository.conflictOnEveryWrite();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anUpdateWithoutIfMatchIsA503WriteContentionNeverA412() {
    Reply reply = server.put(BASE + "/" + SEED_NAME, "{\"burstDuration\":\"2h\"}");

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.json().path("statusCode").asInt()).isEqualTo(503);
    assertThat(reply.json().path("error").path("errorKey").asText()).isEqualTo("WriteContention");
    assertThat(reply.nestedError().path("DetailedError").path("Reason").asText())
        .isEqualTo("ServiceUnavailable");
    assertThat(
            server.get(BASE + "/" + SEED_NAME).json().path("data").path("burstDuration").asText())
        .isNotEqualTo("2h");
  }

  @Test
  void aDeleteWithoutIfMatchIsA503WriteContentionNeverA412() {
    Reply reply = server.delete(BASE + "/" + SEED_NAME);

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.json().path("error").path("errorKey").asText()).isEqualTo("WriteContention");
    assertThat(server.get(BASE + "/" + SEED_NAME).status()).isEqualTo(200);
  }

  @Test
  void withTheCurrentVersionAsIfMatchALostRaceIsThe412OfThatVersion() {
    String etag = server.get(BASE + "/" + SEED_NAME).header("ETag");

    Reply reply =
        server.put(BASE + "/" + SEED_NAME, "{\"burstDuration\":\"2h\"}", "If-Match", etag);

    assertThat(reply.status()).isEqualTo(412);
    assertThat(reply.json().path("error").path("errorKey").asText())
        .isEqualTo("PreconditionFailed");
  }
}

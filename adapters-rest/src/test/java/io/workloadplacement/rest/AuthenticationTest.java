package io.workloadplacement.rest;

import static io.workloadplacement.rest.TestServer.BASE;
import static io.workloadplacement.rest.TestServer.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.rest.auth.ApiKey;
import io.workloadplacement.rest.http.ApiResponses;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The token exchange of {@code POST /api/v1/auth} and the 401s of the placement routes. */
class AuthenticationTest {

  private static final String AUTH = "/api/v1/auth";
  private static final String OWNER_KEY = "owner-key-1";

  private final TestServer server =
      TestServer.withAuth(
          List.of(
              ApiKey.owner(OWNER_KEY),
              ApiKey.viewer("viewer-key-1", "abc"),
              ApiKey.parse("expiring-key:Owner@2025-10-30T09:00:00Z")),
          b ->
              b.extension(
                  config ->
                      config.routes.get(
                          "/sim/v1/clock",
                          ctx -> ApiResponses.ok(ctx, "Success", Map.of("t", 1)))));

  @AfterEach
  void stop() {
    server.close();
  }

  private Reply exchange(String body) {
    return server.post(AUTH, body);
  }

  @Test
  void aConfiguredKeyBuysATokenThatOpensThePlacementRoutes() {
    Reply reply = exchange("{\"apiKey\":\"" + OWNER_KEY + "\"}");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode json = reply.json();
    assertThat(json.path("statusCode").asInt()).isEqualTo(200);
    assertThat(json.path("status").asText()).isEqualTo("OK");
    assertThat(json.path("message").asText()).isEqualTo("Success");
    assertThat(json.has("error")).isFalse();
    String token = json.path("data").path("token").asText();
    assertThat(token).matches("[A-Za-z0-9_-]{43}");
    // the SDK builds its result from data with keyword arguments: exactly the token
    assertThat(json.path("data").size()).isEqualTo(1);
    // the test clock stands at the seed time; the default lifetime is one hour
    assertThat(reply.header("X-Token-Expires-At")).isEqualTo("2025-10-30T09:39:52Z");
    assertThat(reply.header("Cache-Control")).isEqualTo("no-store");

    assertThat(server.get(BASE, bearer(token)).status()).isEqualTo(200);
  }

  @Test
  void everyExchangeIssuesANewToken() {
    assertThat(server.token(OWNER_KEY)).isNotEqualTo(server.token(OWNER_KEY));
  }

  @Test
  void aKeyPastItsExpiryIs401WithTheSdksText() {
    Reply before = exchange("{\"apiKey\":\"expiring-key\"}");
    assertThat(before.status()).isEqualTo(200);
    // a token never outlives its key
    assertThat(before.header("X-Token-Expires-At")).isEqualTo("2025-10-30T09:00:00Z");

    server.clock.advance(Duration.ofMinutes(21));
    Reply after = exchange("{\"apiKey\":\"expiring-key\"}");

    assertThat(after.status()).isEqualTo(401);
    assertThat(after.json().path("statusCode").asInt()).isEqualTo(401);
    assertThat(after.json().path("message").asText()).isEqualTo("Api Key has expired");
    assertThat(after.json().path("error").path("errorKey").asText()).isEqualTo("ApiKeyExpired");
    assertThat(after.json().path("error").path("message").asText())
        .isEqualTo("Api Key has expired");
    assertThat(after.json().path("data").isNull()).isTrue();
    assertThat(exchange("{\"apiKey\":\"" + OWNER_KEY + "\"}").status()).isEqualTo(200);
  }

  @Test
  void anUnknownKeyIs401() {
    Reply reply = exchange("{\"apiKey\":\"owner-key-2\"}");

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().path("statusCode").asInt()).isEqualTo(401);
    assertThat(reply.json().path("message").asText()).isEqualTo("Unauthorized");
    assertThat(reply.json().path("error").path("errorKey").asText()).isEqualTo("InvalidApiKey");
    assertThat(reply.json().path("error").path("message").asText()).isEqualTo("Invalid API key");
    assertThat(reply.nestedError().path("DetailedError").path("Reason").asText())
        .isEqualTo("Unauthorized");
    assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(reply.body()).doesNotContain("owner-key-2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"apiKey\":\"\"}",
        "{\"apiKey\":\"   \"}",
        "{\"apiKey\":null}",
        "{\"apiKey\":42}",
        "{\"apiKey\":[\"owner-key-1\"]}"
      })
  void aMissingOrBlankKeyIsAValidationError(String body) {
    Reply reply = exchange(body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("error").path("errorKey").asText()).isEqualTo("ValidationError");
    assertThat(reply.json().path("error").path("fields").get(0).path("field").asText())
        .isEqualTo("apiKey");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"apiKey\":", "[]", "{\"apiKey\":\"a\",\"apiKey\":\"b\"}", " "})
  void aBodyThatIsNotOneJsonObjectIsMalformedJson(String body) {
    Reply reply = exchange(body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("error").path("errorKey").asText()).isEqualTo("MalformedJson");
  }

  @Test
  void withoutKeysTheExchangeIs404AuthDisabledAndNoTokenIsNeeded() {
    try (TestServer open = TestServer.start()) {
      Reply reply = open.post(AUTH, "{\"apiKey\":\"" + OWNER_KEY + "\"}");

      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.json().path("message").asText()).isEqualTo("Not Found");
      assertThat(reply.json().path("error").path("errorKey").asText()).isEqualTo("AuthDisabled");
      assertThat(reply.json().path("error").path("message").asText())
          .isEqualTo("Authentication is not enabled on this server");
      assertThat(open.get(BASE).status()).isEqualTo(200);
      assertThat(open.createSeed().status()).isEqualTo(200);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "GET, " + BASE,
    "GET, " + BASE + "/workspace/abc",
    "GET, " + BASE + "/p-1",
    "GET, " + BASE + "/get/p-1",
    "POST, " + BASE,
    "PUT, " + BASE + "/p-1",
    "DELETE, " + BASE + "/p-1"
  })
  void everyPlacementRouteWithoutATokenIs401(String method, String path) {
    String owner = server.token(OWNER_KEY);
    assertThat(server.post(BASE, placement("p-1"), bearer(owner)).status()).isEqualTo(200);
    List<VersionedPlacement> before = server.stored();

    Reply reply =
        server.send(method, path, placementOrNull(method), "Content-Type", "application/json");

    assertUnauthorized(reply, "Missing bearer token");
    assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"workload-placement\"");
    assertThat(server.stored()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer nonsense", "Bearer ", "Bearer AAAA AAAA", "bearer x"})
  void aTokenThisServerDidNotIssueIs401(String authorization) {
    Reply reply = server.get(BASE, "Authorization", authorization);

    assertUnauthorized(reply, "Invalid bearer token");
    assertThat(reply.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
  }

  @Test
  void anotherAuthenticationSchemeIs401() {
    Reply reply = server.get(BASE, "Authorization", "Basic " + OWNER_KEY);

    assertUnauthorized(reply, "Missing bearer token");
  }

  @Test
  void theApiKeyItselfIsNotAToken() {
    assertUnauthorized(server.get(BASE, bearer(OWNER_KEY)), "Invalid bearer token");
  }

  @Test
  void theBearerSchemeIsCaseInsensitive() {
    String token = server.token(OWNER_KEY);

    assertThat(server.get(BASE, "Authorization", "bearer " + token).status()).isEqualTo(200);
    assertThat(server.get(BASE, "Authorization", "BEARER " + token).status()).isEqualTo(200);
  }

  @Test
  void aTokenExpiresAfterItsLifetime() {
    String token = server.token(OWNER_KEY);

    server.clock.advance(Duration.ofHours(1).minusSeconds(1));
    assertThat(server.get(BASE, bearer(token)).status()).isEqualTo(200);

    server.clock.advance(Duration.ofSeconds(1));
    assertUnauthorized(server.get(BASE, bearer(token)), "Invalid bearer token");
    // a new exchange gives a working token again
    assertThat(server.get(BASE, bearer(server.token(OWNER_KEY))).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/healthz", "/readyz", "/openapi.json", "/docs", "/sim/v1/clock"})
  void serviceDocumentationAndExtensionRoutesNeedNoToken(String path) {
    assertThat(server.get(path).status()).isEqualTo(200);
  }

  @Test
  void unknownRoutesAndWrongMethodsAnswerAsWithoutAuthentication() {
    Reply unknown = server.get(BASE + "/p-1/extra");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("error").path("errorKey").asText()).isEqualTo("RouteNotFound");

    Reply wrongMethod = server.send("PATCH", BASE + "/p-1", "{}");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(server.send("GET", AUTH, null).status()).isEqualTo(405);
  }

  private static void assertUnauthorized(Reply reply, String nestedMessage) {
    assertThat(reply.status()).isEqualTo(401);
    JsonNode json = reply.json();
    assertThat(json.path("statusCode").asInt()).isEqualTo(401);
    assertThat(json.path("status").asText()).isEqualTo("Error");
    assertThat(json.path("message").asText()).isEqualTo("Unauthorized");
    assertThat(json.path("data").isNull()).isTrue();
    assertThat(json.path("error").path("errorKey").asText()).isEqualTo("Unauthorized");
    assertThat(json.path("error").path("message").asText()).isEqualTo("Authentication required");
    assertThat(reply.nestedError().path("Message").asText()).isEqualTo(nestedMessage);
    assertThat(reply.nestedError().path("StatusCode").asInt()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer realm=");
  }

  private static String placementOrNull(String method) {
    return method.equals("POST") ? placement("p-2") : method.equals("PUT") ? "{}" : null;
  }

  static String placement(String name) {
    return Placements.json("abc", name);
  }
}

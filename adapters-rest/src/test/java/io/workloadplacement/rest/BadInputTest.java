package io.workloadplacement.rest;

import static io.workloadplacement.domain.fixtures.SamplePlacements.SEED_NAME;
import static io.workloadplacement.rest.TestServer.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.domain.model.VersionedPlacement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every class of bad input: the status, the envelope, and a store left exactly as it was (the seed
 * placement, at its version).
 */
class BadInputTest {

  private static final String SEED_PATH = BASE + "/" + SEED_NAME;

  private final TestServer server = TestServer.start();
  private List<VersionedPlacement> before;

  @BeforeEach
  void storeTheSeed() {
    assertThat(server.createSeed().status()).isEqualTo(200);
    before = server.stored();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** The envelope of an error: status twice, "Error", null data, nested error decodable. */
  private void assertErrorEnvelope(Reply reply, int status, String errorKey) {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.header("Content-Type")).startsWith("application/json");
    JsonNode body = reply.json();
    assertThat(body.path("statusCode").asInt()).isEqualTo(status);
    assertThat(body.path("status").asText()).isEqualTo("Error");
    assertThat(body.path("message").asText()).isNotBlank();
    assertThat(body.has("data")).isTrue();
    assertThat(body.path("data").isNull()).isTrue();
    assertThat(body.path("error").path("errorKey").asText()).isEqualTo(errorKey);
    assertThat(body.path("error").path("message").asText()).isNotBlank();
    JsonNode nested = reply.nestedError();
    assertThat(nested.path("Status").asInt()).isEqualTo(status);
    assertThat(nested.path("StatusCode").asInt()).isEqualTo(status);
    assertThat(nested.path("Message").asText()).isNotBlank();
    assertThat(nested.path("DetailedError").has("Errormessage")).isTrue();
    assertThat(nested.path("DetailedError").has("Reason")).isTrue();
    assertThat(nested.path("DetailedError").has("Details")).isTrue();
    assertThat(nested.path("ReferenceDocumentation").asText())
        .isEqualTo("https://docs.avesha.io/documentation/enterprise-egs");
    assertThat(server.stored()).isEqualTo(before);
  }

  private static List<String> fieldsOf(Reply reply) {
    return reply.json().path("error").path("fields").findValuesAsText("field");
  }

  @Test
  void anInvalidCreateListsEveryViolation() {
    String body =
        Json.seed("create-request.json")
            .replace("\"releaseName\": \"cuda\"", "\"releaseName\": \"Not_A_Label\"")
            .replace("\"burstDuration\": \"15m\"", "\"burstDuration\": \"soon\"")
            .replace(SEED_NAME, "another-one");

    Reply reply = server.post(BASE, body);

    assertErrorEnvelope(reply, 400, "ValidationError");
    // the renamed release no longer resolves the helm step that named it: also reported
    assertThat(fieldsOf(reply))
        .containsExactly("burstDuration", "helmConfigs[0].releaseName", "steps[1].name");
    reply
        .json()
        .path("error")
        .path("fields")
        .forEach(f -> assertThat(f.path("message").asText()).isNotBlank());
    assertThat(reply.nestedError().path("DetailedError").path("Reason").asText())
        .isEqualTo("Invalid");
  }

  @Test
  void anEmptyObjectNamesEveryRequiredField() {
    Reply reply = server.post(BASE, "{}");

    assertErrorEnvelope(reply, 400, "ValidationError");
    assertThat(fieldsOf(reply))
        .contains("burstDuration", "clusters", "deletionPolicy", "name", "steps", "workspaceName");
  }

  @Test
  void anUpdateWhoseResultIsInvalidIsAValidationError() {
    Reply reply = server.put(SEED_PATH, "{\"deletionPolicy\":\"Sometimes\"}");

    assertErrorEnvelope(reply, 400, "ValidationError");
    assertThat(fieldsOf(reply)).containsExactly("deletionPolicy");
  }

  @Test
  void valuesOfTheWrongJsonTypeAreEachNamed() {
    String body =
        Json.seed("create-request.json")
            .replace("\"clusters\": [\"worker-1\"]", "\"clusters\": \"worker-1\"")
            .replace("\"repoName\": \"vaidio\"", "\"repoName\": 7")
            .replace("\"values\": { \"replicaCount\": 2 }", "\"values\": [2]")
            .replace("{ \"name\": \"cuda\", \"type\": \"helm\" }", "true");

    Reply reply = server.post(BASE, body);

    assertErrorEnvelope(reply, 400, "ValidationError");
    assertThat(fieldsOf(reply))
        .containsExactlyInAnyOrder(
            "clusters", "helmConfigs[0].repoName", "helmConfigs[0].values", "steps[1]");
  }

  @Test
  void wrongTypesAndBrokenRulesAreReportedTogether() {
    String body =
        Json.seed("create-request.json")
            .replace("\"clusters\": [\"worker-1\"]", "\"clusters\": \"worker-1\"")
            .replace("\"workspaceName\": \"abc\"", "\"workspaceName\": \"ABC\"")
            .replace("\"burstDuration\": \"15m\"", "\"burstDuration\": \"0s\"");

    Reply reply = server.post(BASE, body);

    assertErrorEnvelope(reply, 400, "ValidationError");
    // the type error once, not also as a missing value; the rules of the other fields as well
    assertThat(fieldsOf(reply))
        .containsExactlyInAnyOrder("clusters", "workspaceName", "burstDuration");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\":",
        "{\"name\": \"a\", \"name\": \"b\"}",
        "{} {}",
        "[]",
        "\"just a string\"",
        "{'name': 'single quotes'}"
      })
  void aBodyThatIsNotOneWellFormedJsonObjectIsMalformedJson(String body) {
    Reply reply = server.post(BASE, body);

    assertErrorEnvelope(reply, 400, "MalformedJson");
    assertThat(reply.json().path("message").asText()).isEqualTo("Bad Request");
  }

  @Test
  void duplicateKeysAreNamedInTheError() {
    Reply reply = server.put(SEED_PATH, "{\"burstDuration\":\"1h\",\"burstDuration\":\"2h\"}");

    assertErrorEnvelope(reply, 400, "MalformedJson");
    assertThat(reply.nestedError().path("DetailedError").path("Errormessage").asText())
        .contains("burstDuration");
  }

  @Test
  void anEmptyCreateBodyIsMalformedJson() {
    assertErrorEnvelope(server.post(BASE, ""), 400, "MalformedJson");
  }

  @Test
  void nestingDeeperThan64IsMalformedJsonAnd64IsAccepted() {
    Reply tooDeep = server.put(SEED_PATH, updateWithValuesNestedTo(65));
    assertErrorEnvelope(tooDeep, 400, "MalformedJson");

    Reply deepest = server.put(SEED_PATH, updateWithValuesNestedTo(64));
    assertThat(deepest.status()).as(deepest.body()).isEqualTo(200);
  }

  /** An update whose whole body nests {@code depth} levels, counting the body itself. */
  private static String updateWithValuesNestedTo(int depth) {
    // body (1) > helmConfigs array (2) > config (3) > values (4) > ...
    String inner = "{}";
    for (int level = 5; level <= depth; level++) {
      inner = "{\"a\":" + inner + "}";
    }
    return Json.seed("create-request.json")
        .replace("\"values\": { \"replicaCount\": 2 }", "\"values\": " + inner);
  }

  @Test
  void anUnknownRouteIsA404Envelope() {
    Reply reply = server.get("/api/v1/nothing-here");

    assertErrorEnvelope(reply, 404, "RouteNotFound");
    assertThat(reply.json().path("message").asText()).isEqualTo("Not Found");
  }

  @Test
  void aPathJettyRefusesIsStillAnEnvelope() {
    // well encoded, but a NUL that Jetty refuses in any path
    Reply reply = server.rawGet(BASE + "/%00");

    assertErrorEnvelope(reply, 400, "");
    assertThat(reply.header("X-Request-Id")).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/%zz", "/abc%", "/abc%4", "/%C3%28", "/get/%zz"})
  void aBadlyPercentEncodedPathIsAValidationErrorNamingThePath(String tail) {
    Reply reply = server.rawGet(BASE + tail);

    assertErrorEnvelope(reply, 400, "ValidationError");
    assertThat(fieldsOf(reply)).containsExactly("path");
    assertThat(reply.json().path("error").path("fields").get(0).path("message").asText())
        .startsWith("is not correctly percent-encoded");
    assertThat(reply.header("X-Request-Id")).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "limit=%zz",
        "continue=%%%garbage",
        "limit=2%",
        "workspaceName=%C3%28",
        "provisioningStatus=Pend%g1ng"
      })
  void aBadlyPercentEncodedQueryValueIsAValidationErrorNamingTheParameter(String query) {
    Reply reply = server.rawGet(BASE + "?" + query);

    assertErrorEnvelope(reply, 400, "ValidationError");
    assertThat(fieldsOf(reply)).containsExactly(query.substring(0, query.indexOf('=')));
  }

  @Test
  void everyBadlyEncodedParameterIsNamedEvenAnUnknownOneAndABadName() {
    Reply reply = server.rawGet(BASE + "?limit=%zz&x=%&%q1=2&workspaceName=abc");

    assertErrorEnvelope(reply, 400, "ValidationError");
    assertThat(fieldsOf(reply)).containsExactly("limit", "x", "%q1");
  }

  @Test
  void wellEncodedParametersAreDecodedAsBefore() {
    Reply reply = server.rawGet(BASE + "?workspaceName=ab%63&limit=%31");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("data")).hasSize(1);
    assertThat(reply.json().path("data").get(0).path("name").asText()).isEqualTo(SEED_NAME);
  }

  @Test
  void aWrongMethodIsA405EnvelopeWithAllow() {
    Reply onItem = server.send("PATCH", SEED_PATH, "{}", "Content-Type", "application/json");
    assertErrorEnvelope(onItem, 405, "MethodNotAllowed");
    assertThat(onItem.header("Allow")).contains("GET", "PUT", "DELETE");

    Reply onCollection = server.delete(BASE);
    assertErrorEnvelope(onCollection, 405, "MethodNotAllowed");
    assertThat(onCollection.header("Allow")).contains("GET", "POST");
  }

  @Test
  void aBodyOverOneMebibyteIsA413() {
    Reply reply = server.put(SEED_PATH, paddedUpdate((1 << 20) + 1));

    assertErrorEnvelope(reply, 413, "RequestEntityTooLarge");
  }

  @Test
  void javasDefaultHttpClientGetsThe413AndKeepsWorking() throws Exception {
    // the default client (HTTP/2 upgrade offered, whole body written before the answer is read)
    // got a broken pipe instead of the 413 when the server refused a body without reading it
    HttpClient http = HttpClient.newHttpClient();
    URI collection = URI.create("http://127.0.0.1:" + server.app.port() + BASE);
    String body = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
    for (int i = 0; i < 5; i++) {
      HttpRequest oversize =
          HttpRequest.newBuilder(collection)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
      HttpResponse<String> refused = http.send(oversize, HttpResponse.BodyHandlers.ofString());
      assertThat(refused.statusCode()).isEqualTo(413);
      assertThat(Json.read(refused.body()).path("statusCode").asInt()).isEqualTo(413);

      URI badFilter = URI.create(collection + "?provisioningStatus=Sleeping");
      HttpResponse<String> list =
          http.send(
              HttpRequest.newBuilder(badFilter).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(list.statusCode()).isEqualTo(400);
    }
    assertThat(server.stored()).isEqualTo(before);
  }

  @Test
  void aChunkedBodyOverOneMebibyteIsA413() {
    byte[] body = paddedUpdate((1 << 20) + 1).getBytes(StandardCharsets.UTF_8);

    Reply reply = server.sendChunked("PUT", SEED_PATH, body, "Content-Type", "application/json");

    assertErrorEnvelope(reply, 413, "RequestEntityTooLarge");
  }

  @Test
  void aBodyOfExactlyOneMebibyteIsRead() {
    Reply reply = server.put(SEED_PATH, paddedUpdate(1 << 20));

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  /** A valid update of exactly {@code size} bytes, padded with whitespace. */
  private static String paddedUpdate(int size) {
    String body = "{\"burstDuration\":\"2h\"}";
    return body + " ".repeat(size - body.length());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml"})
  void aBodyThatIsNotJsonIsA415(String contentType) {
    Reply reply = server.put(SEED_PATH, "{\"burstDuration\":\"2h\"}", "Content-Type", contentType);

    assertErrorEnvelope(reply, 415, "UnsupportedMediaType");
  }

  @Test
  void aStaleIfMatchIsA412ForUpdateAndDelete() {
    Reply update =
        server.put(SEED_PATH, "{\"burstDuration\":\"2h\"}", "If-Match", "\"not-the-version\"");
    assertErrorEnvelope(update, 412, "PreconditionFailed");

    Reply delete = server.delete(SEED_PATH, "If-Match", "\"not-the-version\"");
    assertErrorEnvelope(delete, 412, "PreconditionFailed");
  }

  @Test
  void strictFieldValidationRefusesUnknownFields() {
    Reply reply =
        server.put(
            SEED_PATH + "?fieldValidation=Strict", "{\"burstDuration\":\"2h\",\"colour\":1}");

    assertErrorEnvelope(reply, 400, "ValidationError");
    assertThat(fieldsOf(reply)).containsExactly("colour");
  }

  @Test
  void anUnknownFieldValidationModeIsA400() {
    Reply reply = server.put(SEED_PATH + "?fieldValidation=Lenient", "{\"burstDuration\":\"2h\"}");

    assertErrorEnvelope(reply, 400, "ValidationError");
    assertThat(fieldsOf(reply)).containsExactly("fieldValidation");
  }

  @Test
  void anythingUnexpectedIsA500WithoutItsStoryAndWithTheRequestId() {
    server.repository.failWith(() -> new IllegalStateException("secret internal detail"));

    Reply reply = server.get(SEED_PATH, "X-Request-Id", "req-42");

    assertErrorEnvelope(reply, 500, "");
    assertThat(reply.json().path("message").asText()).isEqualTo("Internal Server Error");
    assertThat(reply.body())
        .doesNotContain("secret internal detail")
        .doesNotContain("IllegalStateException")
        .doesNotContain("\tat ")
        .contains("req-42");
    assertThat(reply.header("X-Request-Id")).isEqualTo("req-42");
  }
}

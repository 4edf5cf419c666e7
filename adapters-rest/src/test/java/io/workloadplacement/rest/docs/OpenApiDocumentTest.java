package io.workloadplacement.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.workloadplacement.domain.fixtures.InMemoryServices;
import io.workloadplacement.domain.fixtures.MutableClock;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.service.PlacementService;
import io.workloadplacement.rest.PlacementApi;
import io.workloadplacement.rest.PlacementApiSettings;
import io.workloadplacement.rest.watch.WatchEndpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document is valid 3.1 and describes exactly the routes the app serves. */
class OpenApiDocumentTest {

  private Javalin app;

  @BeforeEach
  void start() {
    // a backend with a watch (that never tells anything), so the watch is served too
    app = start(true);
  }

  private static Javalin start(boolean withWatch) {
    PlacementService service = InMemoryServices.anyWorkspace(MutableClock.atSeedTime());
    PlacementApiSettings.Builder settings =
        PlacementApiSettings.builder(service, Validators.placementValidator());
    if (withWatch) {
      settings.watch(
          new WatchEndpoint((initial, subscriber) -> () -> {}, WatchEndpoint.DEFAULT_HEARTBEAT));
    }
    return PlacementApi.create(settings.build()).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  private String served() throws Exception {
    return served(app);
  }

  private static String served(Javalin app) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + OpenApiDocument.PATH))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    return response.body();
  }

  private static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(document, null, options);
  }

  @Test
  void theServedDocumentIsValidOpenApi31() throws Exception {
    SwaggerParseResult result = parse(served());

    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api).isNotNull();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    assertThat(api.getComponents().getSchemas()).containsKeys("Placement", "ErrorEnvelope");
  }

  @Test
  void theParserReportsABrokenDocument() {
    // proves the check above can fail: a dangling reference is reported
    String broken =
        new String(OpenApiDocument.bytes(true), java.nio.charset.StandardCharsets.UTF_8)
            .replace("#/components/schemas/NameData", "#/components/schemas/Nowhere");

    assertThat(parse(broken).getMessages()).isNotEmpty();
  }

  @Test
  void theDocumentListsExactlyTheRoutesTheAppServes() throws Exception {
    assertThat(documentedRoutes(app)).contains("GET " + WatchEndpoint.PATH);
    assertThat(documentedRoutes(app)).isEqualTo(servedRoutes(app));
  }

  @Test
  void anAppWithoutAWatchDocumentsExactlyItsRoutesToo() throws Exception {
    Javalin plain = start(false);
    try {
      assertThat(parse(served(plain)).getMessages()).isEmpty();
      assertThat(documentedRoutes(plain)).doesNotContain("GET " + WatchEndpoint.PATH);
      assertThat(documentedRoutes(plain)).isEqualTo(servedRoutes(plain));
    } finally {
      plain.stop();
    }
  }

  private static Set<String> documentedRoutes(Javalin app) throws Exception {
    OpenAPI api = parse(served(app)).getOpenAPI();
    Set<String> documented = new TreeSet<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(method -> documented.add(method.name() + " " + path)));
    return documented;
  }

  private static Set<String> servedRoutes(Javalin app) {
    Set<String> served =
        app.unsafe.internalRouter.allHttpHandlers().stream()
            .map(parsed -> parsed.endpoint)
            .filter(endpoint -> endpoint.method.isHttpMethod())
            .map(e -> e.method.name().toUpperCase(Locale.ROOT) + " " + e.path)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(served).isNotEmpty();
    return served;
  }

  @Test
  void everyOperationHasAnIdAndASuccessResponse() throws Exception {
    OpenAPI api = parse(served()).getOpenAPI();
    api.getPaths().values().stream()
        .map(PathItem::readOperations)
        .flatMap(java.util.List::stream)
        .forEach(
            operation -> {
              assertThat(operation.getOperationId()).isNotBlank();
              assertThat(operation.getResponses()).containsKey("200");
            });
  }

  @Test
  void placementOperationsDeclareTheBearerSchemeAndItsErrors() throws Exception {
    OpenAPI api = parse(served()).getOpenAPI();
    assertThat(api.getComponents().getSecuritySchemes()).containsKey("bearerAuth");
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          if (!path.startsWith("/api/v1/workload-placement")) {
                            assertThat(operation.getSecurity()).as(path).isNullOrEmpty();
                            return;
                          }
                          assertThat(operation.getSecurity())
                              .as(method + " " + path)
                              .anySatisfy(r -> assertThat(r).containsKey("bearerAuth"));
                          assertThat(operation.getResponses()).containsKey("401");
                          if (method != PathItem.HttpMethod.GET) {
                            assertThat(operation.getResponses()).containsKey("403");
                          }
                        }));
  }
}

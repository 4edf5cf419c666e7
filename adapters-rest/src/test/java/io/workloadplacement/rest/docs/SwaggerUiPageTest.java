package io.workloadplacement.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.workloadplacement.domain.fixtures.InMemoryServices;
import io.workloadplacement.domain.fixtures.MutableClock;
import io.workloadplacement.domain.fixtures.Validators;
import io.workloadplacement.domain.service.PlacementService;
import io.workloadplacement.rest.PlacementApi;
import io.workloadplacement.rest.PlacementApiSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /docs} is Swagger UI from the webjar, pointed at this API's document. */
class SwaggerUiPageTest {

  private Javalin app;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    PlacementService service = InMemoryServices.anyWorkspace(MutableClock.atSeedTime());
    app =
        PlacementApi.create(PlacementApiSettings.of(service, Validators.placementValidator()))
            .start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    app.stop();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void thePageLoadsSwaggerUiAndPointsItAtTheDocument() throws Exception {
    HttpResponse<String> page = get(SwaggerUiPage.PATH);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("url: \"/openapi.json\"").contains("SwaggerUIBundle(");
  }

  @Test
  void everyAssetThePageNamesIsServed() throws Exception {
    String body = get(SwaggerUiPage.PATH).body();
    Matcher assets = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"").matcher(body);
    int count = 0;
    while (assets.find()) {
      HttpResponse<String> asset = get(assets.group(1));
      assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
      assertThat(asset.body()).as(assets.group(1)).isNotEmpty();
      count++;
    }
    assertThat(count).isEqualTo(3);
  }
}

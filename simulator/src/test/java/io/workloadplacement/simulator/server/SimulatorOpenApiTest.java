package io.workloadplacement.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The simulator server's {@code /openapi.json} describes everything it serves: the API, the control
 * API and {@code /metrics}, each contributed by the extension that adds the routes.
 */
class SimulatorOpenApiTest {

  @Test
  void theDocumentIsValidAndListsExactlyTheRoutesTheServerServes() {
    try (HttpSim sim = HttpSim.open()) {
      Reply reply = sim.get("/openapi.json");
      assertThat(reply.status()).isEqualTo(200);
      SwaggerParseResult result = parse(reply.body());
      assertThat(result.getMessages()).isEmpty();

      Set<String> documented = new TreeSet<>();
      OpenAPI api = result.getOpenAPI();
      api.getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .keySet()
                      .forEach(method -> documented.add(method.name() + " " + path)));
      Set<String> served =
          sim.server.app().unsafe.internalRouter.allHttpHandlers().stream()
              .map(parsed -> parsed.endpoint)
              .filter(endpoint -> endpoint.method.isHttpMethod())
              .map(e -> e.method.name().toUpperCase(Locale.ROOT) + " " + e.path)
              .collect(Collectors.toCollection(TreeSet::new));

      assertThat(documented)
          .contains("POST /sim/v1/clock/advance", "PUT /sim/v1/faults", "GET /metrics")
          .isEqualTo(served);
      assertThat(api.getComponents().getSchemas()).containsKeys("SimClock", "SimFaultRule");
    }
  }

  private static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(document, null, options);
  }
}

package io.workloadplacement.rest;

import static io.workloadplacement.domain.fixtures.SamplePlacements.SEED_NAME;
import static io.workloadplacement.rest.TestServer.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.fixtures.FixedWorkspaces;
import io.workloadplacement.rest.http.ApiError;
import io.workloadplacement.rest.http.ApiErrorException;
import io.workloadplacement.rest.http.ApiResponses;
import io.workloadplacement.rest.placement.PlacementRepresentation;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a simulator mounts on the app answers in the same envelope and shows the same JSON. */
class ExtensionTest {

  @Test
  void anExtensionRouteAnswersInTheEnvelope() {
    try (TestServer server =
        TestServer.start(
            b ->
                b.extension(
                    config -> {
                      config.routes.get(
                          "/sim/v1/clock", ctx -> ApiResponses.ok(ctx, "Success", Map.of("t", 1)));
                      config.routes.post(
                          "/sim/v1/fault",
                          ctx -> {
                            throw new ApiErrorException(
                                ApiError.builder(503, "Service Unavailable")
                                    .errorMessage("Injected")
                                    .dataMessage("Injected fault")
                                    .cause("kubernetes API timeout")
                                    .reason("ServiceUnavailable")
                                    .build());
                          });
                    }))) {
      Reply ok = server.get("/sim/v1/clock");
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.json().path("data").path("t").asInt()).isEqualTo(1);

      Reply fault = server.post("/sim/v1/fault", "{}");
      assertThat(fault.status()).isEqualTo(503);
      assertThat(fault.nestedError().path("DetailedError").path("Errormessage").asText())
          .isEqualTo("kubernetes API timeout");
      assertThat(fault.header("X-Request-Id")).isNotBlank();
    }
  }

  @Test
  void theRepresentationIsExactlyWhatGetShows() {
    try (TestServer server = TestServer.start()) {
      server.createSeed();

      String published =
          PlacementRepresentation.toJson(server.repository.direct().find(SEED_NAME).orElseThrow());

      assertThat(Json.read(published))
          .isEqualTo(server.get(BASE + "/" + SEED_NAME).json().path("data"));
    }
  }

  @Test
  void anUnknownWorkspaceOrClusterIsA404() {
    try (TestServer server =
        TestServer.start(FixedWorkspaces.of(Map.of("abc", Set.of("worker-9"))))) {
      Reply cluster = server.createSeed();
      assertThat(cluster.status()).isEqualTo(404);
      assertThat(cluster.json().path("error").path("errorKey").asText())
          .isEqualTo("ClusterNotFound");

      Reply workspace =
          server.post(BASE, Json.seed("create-request.json").replace("\"abc\"", "\"nope\""));
      assertThat(workspace.status()).isEqualTo(404);
      assertThat(workspace.json().path("error").path("errorKey").asText())
          .isEqualTo("WorkspaceNotFound");
      assertThat(server.stored()).isEmpty();
    }
  }
}

package io.workloadplacement.rest;

import static io.workloadplacement.rest.TestServer.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.model.WorkloadPlacementSpec;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Placements created from one template over HTTP hold its texts and configs once. */
class SharedBodiesTest {

  private final TestServer server = TestServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void twoPlacementsCreatedFromTwoBodiesShareTheirTextsAndConfigs() {
    String seed = Json.seed("create-request.json");
    assertThat(server.post(BASE, seed.replace(SamplePlacements.SEED_NAME, "first")).status())
        .isEqualTo(200);
    assertThat(server.post(BASE, seed.replace(SamplePlacements.SEED_NAME, "second")).status())
        .isEqualTo(200);

    WorkloadPlacementSpec first = spec("first");
    WorkloadPlacementSpec second = spec("second");
    assertThat(second.workspaceName()).isSameAs(first.workspaceName());
    assertThat(second.clusters()).isSameAs(first.clusters());
    assertThat(second.helmConfigs()).isSameAs(first.helmConfigs());
    assertThat(second.manifestResources()).isSameAs(first.manifestResources());
    assertThat(second.cmdExec()).isSameAs(first.cmdExec());
    assertThat(second.steps().get(0).name()).isSameAs(first.steps().get(0).name());
    // and each still reads back as sent
    JsonNode firstRead = server.get(BASE + "/first").json().path("data");
    JsonNode secondRead = server.get(BASE + "/second").json().path("data");
    for (String field : List.of("clusters", "helmConfigs", "manifestResources", "cmdExec")) {
      assertThat(secondRead.get(field)).isNotNull().isEqualTo(firstRead.get(field));
    }
    assertThat(secondRead.path("manifestResources").path(0).path("data"))
        .isEqualTo(Json.read(seed).path("manifestResources").path(0).path("data"));
  }

  private WorkloadPlacementSpec spec(String name) {
    return server.stored().stream()
        .filter(p -> p.name().equals(name))
        .map(VersionedPlacement::placement)
        .findFirst()
        .orElseThrow()
        .spec();
  }
}

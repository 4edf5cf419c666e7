package io.workloadplacement.rest;

import static io.workloadplacement.domain.fixtures.SamplePlacements.SEED_NAME;
import static io.workloadplacement.rest.TestServer.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import io.workloadplacement.domain.model.VersionedPlacement;
import io.workloadplacement.domain.port.in.CreatePlacementCommand;
import io.workloadplacement.domain.port.in.DeletePlacementCommand;
import io.workloadplacement.domain.port.in.EnableEgsCommand;
import io.workloadplacement.domain.port.in.GetPlacementQuery;
import io.workloadplacement.domain.port.in.PlacementPage;
import io.workloadplacement.domain.port.in.PlacementQuery;
import io.workloadplacement.domain.port.in.PlacementUseCases;
import io.workloadplacement.domain.port.in.UpdatePlacementCommand;
import io.workloadplacement.rest.auth.ApiKey;
import io.workloadplacement.rest.placement.PlacementCall;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A decorator of each request's use cases sees the request's operation and the one call it makes.
 */
class UseCaseDecoratorTest {

  private final List<String> calls = new CopyOnWriteArrayList<>();

  @Test
  void theDecoratorSeesEachRoutesOperationAndMayAddAHeader() {
    try (TestServer server = TestServer.start(b -> b.decorateUseCases(this::recording))) {
      Reply created = server.createSeed();
      server.get(BASE + "/get/" + SEED_NAME);
      server.get(BASE + "/workspace/abc");
      server.put(BASE + "/" + SEED_NAME, "{\"burstDuration\": \"1h\"}");
      server.delete(BASE + "/" + SEED_NAME);

      assertThat(created.header("X-Operation")).isEqualTo("CREATE");
      assertThat(calls)
          .containsExactly(
              "CREATE create " + SEED_NAME,
              "GET get " + SEED_NAME,
              "LIST list",
              "UPDATE update " + SEED_NAME,
              "DELETE delete " + SEED_NAME);
    }
  }

  @Test
  void withAuthenticationTheDecoratorSeesOnlyTheRoutesOneCall() {
    try (TestServer server =
        TestServer.withAuth(
            List.of(ApiKey.owner("owner-key")), b -> b.decorateUseCases(this::recording))) {
      String[] owner = TestServer.bearer(server.token("owner-key"));
      assertThat(server.createSeed().status()).isEqualTo(401);
      assertThat(server.post(BASE, Json.seed("create-request.json"), owner).status())
          .isEqualTo(200);
      calls.clear();

      assertThat(server.put(BASE + "/" + SEED_NAME, "{\"burstDuration\": \"1h\"}", owner).status())
          .isEqualTo(200);

      // the access check happens inside the use case's one write: the decorator sees one call
      assertThat(calls).containsExactly("UPDATE update " + SEED_NAME);
    }
  }

  private PlacementUseCases recording(PlacementUseCases inner, PlacementCall call) {
    return new PlacementUseCases() {
      @Override
      public VersionedPlacement create(CreatePlacementCommand command) {
        record("create " + command.draft().name());
        return inner.create(command);
      }

      @Override
      public VersionedPlacement get(GetPlacementQuery query) {
        record("get " + query.name());
        return inner.get(query);
      }

      @Override
      public PlacementPage list(PlacementQuery query) {
        record("list");
        return inner.list(query);
      }

      @Override
      public VersionedPlacement update(UpdatePlacementCommand command) {
        record("update " + command.name());
        return inner.update(command);
      }

      @Override
      public VersionedPlacement delete(DeletePlacementCommand command) {
        record("delete " + command.name());
        return inner.delete(command);
      }

      @Override
      public VersionedPlacement enableEgs(EnableEgsCommand command) {
        record("enableEgs " + command.name());
        return inner.enableEgs(command);
      }

      private void record(String what) {
        calls.add(call.operation() + " " + what);
        call.header("X-Operation", call.operation().name());
      }
    };
  }
}

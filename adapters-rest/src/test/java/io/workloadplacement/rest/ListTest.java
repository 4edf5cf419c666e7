package io.workloadplacement.rest;

import static io.workloadplacement.rest.TestServer.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.workloadplacement.domain.fixtures.SamplePlacements;
import io.workloadplacement.domain.model.ProvisioningStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing: filters, the SDK's workspace route, Kubernetes-style paging, bad queries. */
class ListTest {

  private final TestServer server = TestServer.start();

  @BeforeEach
  void storePlacements() {
    create("abc", "p-1");
    create("abc", "p-2");
    create("xyz", "p-3");
    create("abc", "p-4");
    server.forceStatus("p-2", ProvisioningStatus.QUEUED);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void create(String workspace, String name) {
    var spec = SamplePlacements.oneCommand(workspace, name, List.of("worker-1"));
    String body =
        String.format(
            "{\"workspaceName\":\"%s\",\"name\":\"%s\",\"clusters\":[\"worker-1\"],"
                + "\"burstDuration\":\"%s\",\"deletionPolicy\":\"Delete\","
                + "\"cmdExec\":[{\"name\":\"hello\",\"cmd\":\"kubectl version\"}],"
                + "\"steps\":[{\"name\":\"hello\",\"type\":\"command\"}]}",
            spec.workspaceName(), spec.name(), spec.burstDuration());
    assertThat(server.post(BASE, body).status()).isEqualTo(200);
  }

  private static List<String> names(Reply reply) {
    return StreamSupport.stream(reply.json().path("data").spliterator(), false)
        .map(item -> item.path("name").asText())
        .toList();
  }

  @Test
  void withoutLimitEverythingComesInNameOrder() {
    Reply reply = server.get(BASE);

    assertThat(names(reply)).containsExactly("p-1", "p-2", "p-3", "p-4");
    assertThat(reply.json().has("metadata")).isFalse();
  }

  @Test
  void filtersCombine() {
    assertThat(names(server.get(BASE + "?workspaceName=abc"))).containsExactly("p-1", "p-2", "p-4");
    assertThat(names(server.get(BASE + "?provisioningStatus=Pending")))
        .containsExactly("p-1", "p-3", "p-4");
    assertThat(names(server.get(BASE + "?workspaceName=abc&provisioningStatus=Queued")))
        .containsExactly("p-2");
  }

  @Test
  void theSdkWorkspaceRouteIsTheListFilteredToOneWorkspace() {
    Reply reply = server.get(BASE + "/workspace/abc");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(names(reply)).containsExactly("p-1", "p-2", "p-4");
    assertThat(names(server.get(BASE + "/workspace/abc?provisioningStatus=Pending")))
        .containsExactly("p-1", "p-4");
  }

  @Test
  void pagesFollowTheContinueTokenToTheEnd() {
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      Reply page = server.get(BASE + "?limit=3" + (token == null ? "" : "&continue=" + token));
      assertThat(page.status()).isEqualTo(200);
      seen.addAll(names(page));
      JsonNode metadata = page.json().path("metadata");
      token = metadata.isMissingNode() ? null : metadata.path("continue").asText();
      pages++;
    } while (token != null);

    assertThat(seen).containsExactly("p-1", "p-2", "p-3", "p-4");
    assertThat(pages).isEqualTo(2);
  }

  @Test
  void badFiltersAreOneValidationErrorNamingEach() {
    Reply reply = server.get(BASE + "?provisioningStatus=Running&limit=0&workspaceName=Not_Valid");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("error").path("errorKey").asText()).isEqualTo("ValidationError");
    assertThat(reply.json().path("error").path("fields").findValuesAsText("field"))
        .containsExactlyInAnyOrder("provisioningStatus", "limit", "workspaceName");
  }

  @Test
  void aContinueTokenThisServerDidNotIssueIsA400() {
    Reply reply = server.get(BASE + "?limit=1&continue=bm9wZQ");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("statusCode").asInt()).isEqualTo(400);
    assertThat(reply.json().path("error").path("errorKey").asText())
        .isEqualTo("InvalidContinueToken");
    assertThat(reply.nestedError().path("Status").asInt()).isEqualTo(400);
  }
}
